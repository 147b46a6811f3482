import { parseArgs } from 'node:util';
import { DepartmentId, type Role, roles } from '@/contract/common.ts';
import { Password, Username } from '@/contract/users.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { DataDirInUseError } from '../db/data-dir-lock.ts';
import type { Database, OpenDatabase } from '../db/database.ts';
import { stderrLogger } from '../lib/logger.ts';
import { CliError, check } from './cli-error.ts';
import { readPassword } from './read-password.ts';

// The database modules (PGlite, drizzle) load only once the arguments are known to be right,
// so that a mistyped option is answered at once.
const databaseModules = async () => {
  const [drizzle, database, accounts, schema, password] = await Promise.all([
    import('drizzle-orm'),
    import('../db/database.ts'),
    import('../db/accounts.ts'),
    import('../db/schema.ts'),
    import('../auth/password.ts'),
  ]);
  return { ...drizzle, ...database, ...accounts, ...schema, ...password };
};

const usage = `Usage:
  npm run user -- create --role ROLE --username NAME [--name "Full Name"] [--department ID]
  npm run user -- list

ROLE is one of ${roles.join(', ')}; a department_head needs --department.
The password is read from APT_USER_PASSWORD if set, else asked for twice on the terminal.
Works on DATABASE_URL, or on the embedded database in DATA_DIR while no server runs on it.`;

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  if (command === 'create') return create(rest);
  if (command === 'list') return list(rest);
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    console.log(usage);
    return;
  }
  throw new CliError(`Unknown command '${command}'.\n\n${usage}`);
}

/** Command-line parsing whose complaints (an unknown option, a missing value) come with the usage. */
function parsed<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${usage}`);
  }
}

async function create(args: string[]) {
  const { values: given } = parsed(() =>
    parseArgs({
      args,
      strict: true,
      options: { role: { type: 'string' }, username: { type: 'string' }, name: { type: 'string' }, department: { type: 'string' } },
    }),
  );
  if (!given.role) throw new CliError(`Say which role with --role (${roles.join(', ')}).`);
  if (!(roles as readonly string[]).includes(given.role)) {
    throw new CliError(`Unknown role '${given.role}': use one of ${roles.join(', ')}.`);
  }
  const role = given.role as Role;
  if (!given.username) throw new CliError('Say which username with --username.');
  const username = check(Username, given.username, `Username '${given.username}'`);
  const name = (given.name ?? username).trim();
  if (name.length === 0 || name.length > 200) throw new CliError('The name (--name) must be 1 to 200 characters.');
  if (role === 'department_head' && !given.department) throw new CliError('A department head needs a department: add --department ID.');
  if (role !== 'department_head' && given.department) throw new CliError(`Only a department head has a department; leave out --department for a ${role}.`);
  const departmentId = given.department ? check(DepartmentId, given.department, `Department '${given.department}'`) : null;
  // Before the database is opened, so that a short password in the environment fails at once.
  if (process.env.APT_USER_PASSWORD) check(Password, process.env.APT_USER_PASSWORD, 'The password in APT_USER_PASSWORD is not accepted');

  const { asc, createAccount, departments, eq, hashPassword, isProblem, users } = await databaseModules();
  await withDatabase(async (db) => {
    if ((await db.select({ id: users.id }).from(users).where(eq(users.username, username))).length > 0) {
      throw new CliError(`The username '${username}' is taken.`);
    }
    if (departmentId !== null) {
      const known = (await db.select({ id: departments.id }).from(departments).orderBy(asc(departments.id))).map((d) => d.id);
      if (!known.includes(departmentId)) throw new CliError(`There is no department '${departmentId}'. Departments: ${known.join(', ')}.`);
    }
    const password = await readPassword(username);
    const result = await createAccount(db, { username, name, role, departmentId, passwordHash: await hashPassword(password) }, { actor: null, address: null }, 'cli');
    if (isProblem(result)) {
      throw new CliError(result.problem === 'username_taken' ? `The username '${username}' is taken.` : `The account could not be created (${result.problem}).`);
    }
    console.log(`Created the ${role.replace('_', ' ')} account '${username}' (${name}).`);
  });
}

async function list(args: string[]) {
  parsed(() => parseArgs({ args, strict: true, options: {} }));
  const { listAccounts } = await databaseModules();
  await withDatabase(async (db) => {
    const accounts = await listAccounts(db);
    if (accounts.length === 0) {
      console.log('No accounts yet. Create one with: npm run user -- create --role admin --username NAME');
      return;
    }
    const rows = accounts.map((a) => [a.username, a.role, a.departmentId ?? '', a.disabled ? 'disabled' : '', a.name]);
    const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['username', 'role', 'department', ''][i]!.length));
    const line = (r: string[]) => r.map((cell, i) => (i < 4 ? cell.padEnd(widths[i]!) : cell)).join('  ').trimEnd();
    console.log(line(['username', 'role', 'department', '', 'name']));
    for (const r of rows) console.log(line(r));
  });
}

async function withDatabase(work: (db: Database) => Promise<void>) {
  const config = loadConfig();
  const { openDatabase } = await databaseModules();
  let database: OpenDatabase;
  try {
    // Demo accounts never come from here: a database first made by this command is a real one.
    database = await openDatabase({ ...config, demo: false }, {
      logger: stderrLogger,
      onLockCompromised: (error) => {
        console.error(`Lost the lock on the data directory (${error.message}); stopping.`);
        process.exit(1);
      },
    });
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      throw new CliError(
        `A server is running on the data directory ${error.dataDir}, and the embedded database serves one process at a time. ` +
          'Stop the server, run this command, then start the server again.',
      );
    }
    throw error;
  }
  try {
    if (database.created) console.log(`Created a new database: ${database.description}.`);
    await work(database.db);
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    const explained = error instanceof CliError || error instanceof ConfigError || (error as Error).name === 'DatabaseUnreachableError';
    if (explained) console.error((error as Error).message);
    else console.error('The command failed:', error);
    process.exit(1);
  },
);
