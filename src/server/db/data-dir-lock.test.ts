import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataDirInUseError, LOCK_FILE, LOCK_STALE_MS, lockDataDir } from './data-dir-lock.ts';

const neverCompromised = (error: Error) => {
  throw error;
};

describe('one process per data directory', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'apt-lock-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a second opener with a message that says what to do', async () => {
    const release = await lockDataDir(dataDir, neverCompromised);
    await expect(lockDataDir(dataDir, neverCompromised)).rejects.toThrow(DataDirInUseError);
    await expect(lockDataDir(dataDir, neverCompromised)).rejects.toThrow(
      `Another Action Plan Tracker process is using the data directory ${dataDir}. Stop it, or set DATA_DIR to another directory.`,
    );
    await release();
  });

  it('lets the directory be opened again once released', async () => {
    const release = await lockDataDir(dataDir, neverCompromised);
    await release();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    const again = await lockDataDir(dataDir, neverCompromised);
    await again();
  });

  it('takes over the lock of a process on this host that died without releasing it', async () => {
    // A process id that cannot exist: Linux caps them well below this.
    await writeFile(join(dataDir, LOCK_FILE), JSON.stringify({ pid: 2 ** 30, hostname: hostname(), token: 'dead' }));
    const release = await lockDataDir(dataDir, neverCompromised);
    expect(JSON.parse(await readFile(join(dataDir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    await release();
  });

  it('respects the lock of a process on this host that is still running', async () => {
    await writeFile(join(dataDir, LOCK_FILE), JSON.stringify({ pid: process.ppid, hostname: hostname(), token: 'alive' }));
    await expect(lockDataDir(dataDir, neverCompromised)).rejects.toThrow(DataDirInUseError);
  });

  it('respects another host’s lock until it has not been refreshed for a while', async () => {
    const lockFile = join(dataDir, LOCK_FILE);
    await writeFile(lockFile, JSON.stringify({ pid: 1, hostname: 'elsewhere', token: 'remote' }));
    await expect(lockDataDir(dataDir, neverCompromised)).rejects.toThrow(DataDirInUseError);

    const longAgo = new Date(Date.now() - 2 * LOCK_STALE_MS);
    await utimes(lockFile, longAgo, longAgo);
    const release = await lockDataDir(dataDir, neverCompromised);
    await release();
  });

  it('notices when its lock is taken away, so the server can stop before it writes', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const compromised = new Promise<Error>((resolve) => void lockDataDir(dataDir, resolve));
      await vi.waitFor(() => expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true));
      await rm(join(dataDir, LOCK_FILE));
      await vi.advanceTimersByTimeAsync(LOCK_STALE_MS);
      expect((await compromised).message).toMatch(/was removed or replaced/);
    } finally {
      vi.useRealTimers();
    }
  });
});
