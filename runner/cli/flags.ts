// A command's flags, each declared once: its node:util parseArgs option, its line in --help, and
// how its value is read and checked. The parser and the help text are both made from the
// declarations (artillery's cli/ idea), so no flag is parsed without being documented.
import { type ParseArgsConfig, parseArgs } from 'node:util';

type ParseArgsOptionConfig = NonNullable<ParseArgsConfig['options']>[string];

/** Every flag's raw value, as node:util parseArgs gives them. */
export type RawValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

interface Flag<T> {
  /** The parseArgs options it brings (a group, such as the --sidecar-* flags, brings several). */
  options: Record<string, ParseArgsOptionConfig>;
  /** Its lines in --help, the flags' column `column` characters wide. */
  help: (column: number) => string;
  /** Its value, read and checked in declaration order; a bad one throws a message naming the flag. */
  read: (values: RawValues) => T;
  /** The environment variable it sets for k6, if any. */
  env?: string;
}

/** A declaration: given the flag's name (its key in the command's table), the flag. */
type Declared<T> = (name: string) => Flag<T>;

export type FlagValues<D extends Record<string, Declared<unknown>>> = {
  [K in keyof D]: D[K] extends Declared<infer T> ? T : never;
};

export interface NumberBounds {
  min: number;
  max: number;
  integer?: boolean;
}

/**
 * `value` of flag --`name` as a number within the bounds (plain decimals, e.g. 0.005 or 1e-4), else
 * an error of the command's own kind (`Failure`) that names the flag, the value and what it expects.
 */
export function checkedNumber(
  name: string,
  value: string,
  { min, max, integer = false }: NumberBounds,
  Failure: new (message: string) => Error = Error,
): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?(e-?\d+)?$/i.test(value) || n < min || n > max || (integer && !Number.isInteger(n)))
    throw new Failure(
      `--${name} ${JSON.stringify(value)}: expected ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`,
    );
  return n;
}

/** "--suite NAMES" and its help, the help's later lines under its first. */
function helpLines(usage: string, help: string, column: number): string {
  const [first, ...rest] = help.split('\n');
  return [`  ${usage.padEnd(column)} ${first}`, ...rest.map((line) => `${' '.repeat(column + 3)}${line}`)].join('\n');
}

interface Described {
  /** What follows the flag in --help, e.g. "SECONDS". */
  value?: string;
  help: string;
  env?: string;
}

/** A flag with a value; `read` gets it as typed (undefined when absent and without a default). */
export function text<T>(
  spec: Described & { default?: string; read: (value: string | undefined, name: string, values: RawValues) => T },
): Declared<T> {
  return (name) => ({
    options: { [name]: { type: 'string', ...(spec.default === undefined ? {} : { default: spec.default }) } },
    help: (column) => helpLines(`--${name}${spec.value ? ` ${spec.value}` : ''}`, spec.help, column),
    read: (values) => spec.read(values[name] as string | undefined, name, values),
    ...(spec.env ? { env: spec.env } : {}),
  });
}

/** A flag given any number of times. */
export function repeated<T>(spec: Described & { read: (value: string[], name: string) => T }): Declared<T> {
  return (name) => ({
    options: { [name]: { type: 'string', multiple: true } },
    help: (column) => helpLines(`--${name}${spec.value ? ` ${spec.value}` : ''}`, spec.help, column),
    read: (values) => spec.read((values[name] as string[] | undefined) ?? [], name),
  });
}

/** A flag without a value: true when given. */
export function toggle(spec: Omit<Described, 'value'> & { short?: string }): Declared<boolean> {
  return (name) => ({
    options: { [name]: { type: 'boolean', default: false, ...(spec.short ? { short: spec.short } : {}) } },
    help: (column) => helpLines(`${spec.short ? `-${spec.short}, ` : ''}--${name}`, spec.help, column),
    read: (values) => values[name] === true,
    ...(spec.env ? { env: spec.env } : {}),
  });
}

/** Several flags read together (e.g. the --sidecar-* source flags), with their own help text. */
export function group<T>(spec: {
  options: Record<string, ParseArgsOptionConfig>;
  help: string;
  read: (values: RawValues) => T;
}): Declared<T> {
  return () => ({ options: spec.options, help: () => spec.help, read: spec.read });
}

/** A line of help for a flag the command handles before parsing (e.g. --interactive). */
export function helpOnly(usage: string, help: string): Declared<undefined> {
  return () => ({ options: {}, help: (column) => helpLines(usage, help, column), read: () => undefined });
}

/** A command's flags: the parser of its command line and its help, from one table. */
export function defineFlags<D extends Record<string, Declared<unknown>>>(declarations: D) {
  const flags = Object.entries(declarations).map(([name, declare]) => [name, declare(name)] as const);
  const options = Object.assign({}, ...flags.map(([, flag]) => flag.options)) as Record<string, ParseArgsOptionConfig>;
  return {
    /** The parseArgs options, for a command that parses more than these flags itself. */
    options,
    /** Every flag's value, read in declaration order: the first bad one throws. */
    parse(argv: string[]): FlagValues<D> {
      const { values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false });
      return this.read(values as RawValues);
    },
    read(values: RawValues): FlagValues<D> {
      return Object.fromEntries(flags.map(([name, flag]) => [name, flag.read(values)])) as FlagValues<D>;
    },
    /** The environment variables the given flags set (a flag without a value sets "true"). */
    env(values: FlagValues<D>): Record<string, string> {
      const env: Record<string, string> = {};
      for (const [name, flag] of flags) {
        const value = values[name] as unknown;
        if (flag.env && value !== undefined && value !== false) env[flag.env] = String(value);
      }
      return env;
    },
    /** The flags' help lines, their column `column` characters wide. */
    help(column: number): string {
      return flags.map(([, flag]) => flag.help(column)).join('\n');
    },
  };
}
