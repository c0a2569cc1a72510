// The user pool's two sources, as pure functions (no k6 imports) so the demo platform, the runner
// and the unit tests share them with the k6 side:
// - PERFORMANCE_USERS_FILE, a CSV `email,password,role` (one account per line);
// - a demo pool spec `regular:200,power:50,admin:10` (DEMO_USERS), whose accounts are named
//   `regular-0001@example.com` ... and share one password per role.
// A CSV parser of our own because the file must be checked line by line with the line named in
// the message, and it runs once per test (inside a SharedArray callback); k6's experimental csv
// module returns bare records without line numbers and needs top-level await in every VU.
export type Role = 'regular' | 'power' | 'admin';
export const ROLES: readonly Role[] = ['regular', 'power', 'admin'];

export interface Account {
  email: string;
  password: string;
}

export type Accounts = Record<Role, Account[]>;
export type PoolSizes = Record<Role, number>;

export class UsersFileError extends Error {
  override name = 'UsersFileError';
}

/**
 * Reads a users CSV: header `email,password,role` (any column order, case-insensitive), RFC 4180
 * quoting ("a,b" and "" inside quotes), blank lines skipped. Every problem names the file and line.
 */
export function parseUsersCsv(text: string, file: string): Accounts {
  const accounts: Accounts = { regular: [], power: [], admin: [] };
  const fail = (line: number, problem: string): never => {
    throw new UsersFileError(`PERFORMANCE_USERS_FILE ${file}, line ${line}: ${problem}`);
  };
  let columns: Record<'email' | 'password' | 'role', number> | undefined;
  let width = 0;
  const seen = new Set<string>();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a BOM from spreadsheet exports
  const lines = body.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '') continue;
    // Fields of one line: quoted fields may hold commas and doubled quotes (not line breaks).
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let wasQuoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') {
          field += '"';
          i++; // the escaped quote's second half
        } else if (c === '"') quoted = false;
        else field += c;
      } else if (c === ',') {
        fields.push(wasQuoted ? field : field.trim());
        field = '';
        wasQuoted = false;
      } else if (c === '"' && field.trim() === '') {
        quoted = wasQuoted = true;
        field = '';
      } else field += c;
    }
    if (quoted) fail(n + 1, 'a quoted field is not closed');
    fields.push(wasQuoted ? field : field.trim());
    if (!columns) {
      const names = fields.map((f) => f.toLowerCase());
      const at = (name: string) => names.indexOf(name);
      if (at('email') < 0 || at('password') < 0 || at('role') < 0) {
        fail(n + 1, `the first line must be the header email,password,role (got ${JSON.stringify(line.slice(0, 80))})`);
      }
      columns = { email: at('email'), password: at('password'), role: at('role') };
      width = fields.length;
      continue;
    }
    if (fields.length !== width) fail(n + 1, `expected ${width} fields like the header, got ${fields.length}`);
    const email = fields[columns.email] ?? '';
    const password = fields[columns.password] ?? '';
    const role = (fields[columns.role] ?? '').toLowerCase();
    if (email === '') fail(n + 1, 'empty email');
    if (password === '') fail(n + 1, `empty password for ${email}`);
    if (!(ROLES as readonly string[]).includes(role))
      fail(n + 1, `unknown role ${JSON.stringify(role)} for ${email} (use regular, power or admin)`);
    if (seen.has(email.toLowerCase())) fail(n + 1, `${email} is listed twice`);
    seen.add(email.toLowerCase());
    accounts[role as Role].push({ email, password });
  }
  if (!columns) fail(1, 'the file is empty: it needs the header email,password,role and one line per account');
  return accounts;
}

/** `regular:200,power:50,admin:10` -> sizes; a role left out has none. Throws naming `name` on anything else. */
export function parsePoolSpec(spec: string, name: string): PoolSizes {
  const sizes: PoolSizes = { regular: 0, power: 0, admin: 0 };
  const expected = 'role:count pairs such as regular:200,power:50,admin:10';
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const match = /^(regular|power|admin):(\d{1,6})$/.exec(part);
    if (!match)
      throw new UsersFileError(`invalid ${name}=${JSON.stringify(spec)}: "${part}" is not one of ${expected}`);
    sizes[match[1] as Role] = Number(match[2]);
  }
  if (sizes.regular + sizes.power + sizes.admin === 0)
    throw new UsersFileError(`invalid ${name}=${JSON.stringify(spec)}: expected ${expected}`);
  return sizes;
}

/** The email of the n-th (from 1) demo pool account of a role: regular-0001@example.com. */
export function poolEmail(role: Role, n: number): string {
  return `${role}-${String(n).padStart(4, '0')}@example.com`;
}

/** Why a pool is too small for distinct accounts, or undefined when every VU can have its own. */
export function tooSmallForDistinct(sizes: PoolSizes, needed: PoolSizes, source: string): string | undefined {
  for (const role of ROLES) {
    if (needed[role] > 0 && sizes[role] < needed[role]) {
      return (
        `${source} has ${sizes[role]} ${role} account(s), but PERFORMANCE_USERS_DISTINCT=true needs ${needed[role]}: ` +
        `one per VU id this entry can start (k6 numbers VUs across all classes, and VU n uses the class's account n mod size)`
      );
    }
  }
  return undefined;
}

/**
 * The highest VU id k6 can hand out for these scenarios (the sum of each scenario's VUs, an upper
 * bound of k6's maxVUs): VU ids are numbered across all scenarios, so a class's accounts are
 * indexed by it.
 */
export function vuIdBound(scenarios: Record<string, Record<string, unknown>>): number {
  let total = 0;
  for (const s of Object.values(scenarios)) {
    const stages = (s.stages as { target: number }[] | undefined) ?? [];
    const most = Math.max(Number(s.startVUs ?? 0), ...stages.map((stage) => stage.target));
    if (s.executor === 'ramping-vus') total += most;
    else if (typeof s.maxVUs === 'number') total += s.maxVUs;
    else if (typeof s.preAllocatedVUs === 'number') total += s.preAllocatedVUs;
    else total += Number(s.vus ?? 1);
  }
  return total;
}
