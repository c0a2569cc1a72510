// k6 provides `console`, but @types/k6 does not declare it and the DOM lib would bring every
// browser global into the k6 world with it.
declare const console: {
  log(...data: unknown[]): void;
  info(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
  debug(...data: unknown[]): void;
};
