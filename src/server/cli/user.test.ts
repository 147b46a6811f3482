import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password.ts';
import { lockDataDir } from '../db/data-dir-lock.ts';
import { openPgliteDir } from '../db/database.ts';
import { auditLog, users } from '../db/schema.ts';

const projectRoot = resolve(import.meta.dirname, '../../..');

/** `npm run user -- …`, i.e. tsx running src/server/cli/user.ts, with nothing on stdin. */
function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli/user.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: '', APT_USER_PASSWORD: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.on('exit', (code) => done({ code, stdout, stderr: stderr.replace(/^npm warn.*\n/gm, '') })));
}

describe('npm run user', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'apt-cli-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('creates an admin on the embedded database, password from APT_USER_PASSWORD, and makes no demo accounts', async () => {
    const run = await runCli(['create', '--role', 'admin', '--username', 'ada', '--name', 'Ada Lovelace'], {
      DATA_DIR: dataDir,
      APT_USER_PASSWORD: 'analytical-engine-1843',
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Created a new database: PGlite in ${dataDir}.`);
    expect(run.stdout).toContain("Created the admin account 'ada' (Ada Lovelace).");

    const list = await runCli(['list'], { DATA_DIR: dataDir });
    expect(list.code).toBe(0);
    expect(list.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^username\s+role\s+department\s+name$/), expect.stringMatching(/^ada\s+admin\s+Ada Lovelace$/)]);

    // The lock is released again: this process can open the directory.
    const database = await openPgliteDir(dataDir, (error) => {
      throw error;
    });
    try {
      const [ada] = await database.db.select().from(users).where(eq(users.username, 'ada'));
      expect(ada).toMatchObject({ role: 'admin', name: 'Ada Lovelace', disabled: false, departmentId: null });
      expect(await verifyPassword('analytical-engine-1843', ada!.passwordHash)).toBe(true);
      const [created] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'user.created'));
      expect(created).toMatchObject({ actorUserId: null, targetId: ada!.id, details: { username: 'ada', role: 'admin', via: 'cli' } });
    } finally {
      await database.close();
    }
  });

  it('refuses, and says why, while a server holds the data directory', async () => {
    const release = await lockDataDir(dataDir, (error) => {
      throw error;
    });
    try {
      const run = await runCli(['create', '--role', 'council', '--username', 'rat'], { DATA_DIR: dataDir, APT_USER_PASSWORD: 'long-enough-password' });
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toBe(
        `A server is running on the data directory ${dataDir}, and the embedded database serves one process at a time. Stop the server, run this command, then start the server again.`,
      );
    } finally {
      await release();
    }
  });

  it('says what is wrong with a role, a username, a password or a department, and creates nothing', async () => {
    const env = { DATA_DIR: dataDir, APT_USER_PASSWORD: 'long-enough-password' };
    const cases: [string[], Record<string, string>, RegExp][] = [
      [['create', '--role', 'boss', '--username', 'bob'], env, /^Unknown role 'boss': use one of coordinator, department_head, council, admin\.$/],
      [['create', '--role', 'admin', '--username', 'Bob Smith'], env, /^Username 'Bob Smith': a username is 3–64 lower-case letters/],
      [['create', '--role', 'admin', '--username', 'bob'], { ...env, APT_USER_PASSWORD: 'too-short' }, /^The password in APT_USER_PASSWORD is not accepted: a password has at least 12 characters\.$/],
      [['create', '--role', 'department_head', '--username', 'bob'], env, /^A department head needs a department: add --department ID\.$/],
      [['create', '--role', 'admin', '--username', 'ada'], env, /^The username 'ada' is taken\.$/],
      [['create', '--role', 'admin', '--username', 'bob'], { DATA_DIR: dataDir }, /^No terminal to ask for the password on: set APT_USER_PASSWORD instead\.$/],
    ];
    const check = async ([args, runEnv, message]: (typeof cases)[number]) => {
      const run = await runCli(args, runEnv);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr.trim()).toMatch(message);
    };
    // The first four stop before opening the database; the last two open it, one process at a time.
    await Promise.all(cases.slice(0, 4).map(check));
    for (const c of cases.slice(4)) await check(c);
  });
});
