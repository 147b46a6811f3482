import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const projectRoot = resolve(import.meta.dirname, '../..');

type Run = { child: ChildProcess; output: () => { stdout: string; stderr: string }; exit: Promise<number | null> };

/**
 * `npm start`, i.e. tsx running src/server/main.ts. Run as `node --import tsx` rather than through
 * the tsx command, whose signal relay kills a child that has not acknowledged a SIGTERM within
 * 30 ms; a test must not hang on that race.
 */
function startServer(env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: projectRoot,
    env: { ...process.env, HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, output: () => ({ stdout, stderr }), exit };
}

/** The URL the server says it runs at, once it says so. */
function runningAt(run: Run): Promise<string> {
  return new Promise((done, fail) => {
    const check = () => {
      const url = /Action Plan Tracker is running at (http:\/\/\S+) /.exec(run.output().stdout)?.[1];
      if (url) done(url);
      return url;
    };
    if (check()) return;
    run.child.stdout!.on('data', check);
    void run.exit.then((code) => fail(new Error(`the server exited with ${code} before it ran:\n${run.output().stderr}`)));
  });
}

describe('npm start', () => {
  let dataDir: string;
  let server: Run;
  let url: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'apt-main-'));
    server = startServer({ DATA_DIR: dataDir, PORT: '0' });
    url = await runningAt(server);
  });
  afterAll(async () => {
    if (server?.child.exitCode === null) {
      server.child.kill('SIGKILL');
      await server.exit;
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  it('prints where it runs, on the free port it was given, and on which database', () => {
    expect(server.output().stdout).toMatch(
      new RegExp(`^Action Plan Tracker is running at http://127\\.0\\.0\\.1:[1-9]\\d* \\(database: PGlite in ${dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)$`, 'm'),
    );
  });

  it('names the demo accounts of its new demo database, and their password', async () => {
    await expect
      .poll(() => server.output().stdout, { timeout: 15_000 })
      .toMatch(/^Demo accounts \(password hannover-2030\): coordinator, head \(department head, International Affairs Office\), council, admin$/m);
  });

  it('says that its new demo database has a made-up history, and how to start without one', async () => {
    await expect
      .poll(() => server.output().stdout, { timeout: 15_000 })
      .toMatch(/^Demo history: about 18 months of made-up owners and progress updates \(marked "\[Demo\]"\).*DEMO_HISTORY=false on a new DATA_DIR\.$/m);
  });

  it('serves the API', async () => {
    const res = await fetch(`${url}/api/v1/health`);
    expect(await res.json()).toEqual({ status: 'ok', database: 'pglite' });
  });

  it('serves the app on any client route, so a reload of /measures/3.1 works', async () => {
    const res = await fetch(`${url}/measures/3.1`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(readFileSync(join(projectRoot, 'dist', 'index.html'), 'utf8'));
  });

  it('answers an unknown API path with JSON, not the app', async () => {
    const res = await fetch(`${url}/api/v1/nope`);
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
  });

  it('refuses a second server on the same data directory, which stops with a message', async () => {
    const second = startServer({ DATA_DIR: dataDir, PORT: '0' });
    expect(await second.exit).toBe(1);
    expect(second.output().stderr.trim()).toBe(
      `Another Action Plan Tracker process is using the data directory ${dataDir}. Stop it, or set DATA_DIR to another directory.`,
    );
    expect((await fetch(`${url}/api/v1/health`)).status).toBe(200);
  });

  it('stops cleanly on SIGTERM, and starts again on the same data', async () => {
    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);

    const again = startServer({ DATA_DIR: dataDir, PORT: '0' });
    const againUrl = await runningAt(again);
    // The demo accounts were made once, at creation, and are still there.
    const signIn = await fetch(`${againUrl}/api/v1/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'council', password: 'hannover-2030' }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('Set-Cookie')!.split(';')[0]!;
    expect((await fetch(`${againUrl}/api/v1/measures/3.1`, { headers: { Cookie: cookie } })).status).toBe(200);
    again.child.kill('SIGINT');
    expect(await again.exit).toBe(0);
  });
});

describe('npm start with a bad setting', () => {
  it('stops at once with exit code 1, naming the variable and without a stack trace', async () => {
    const run = startServer({ PORT: 'eighty' });
    expect(await run.exit).toBe(1);
    const { stderr } = run.output();
    expect(stderr).toMatch(/PORT="eighty" must be a whole number/);
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});
