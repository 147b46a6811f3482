import { randomUUID } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, open, readFile, realpath, rename, stat, unlink, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * A lock whose owner cannot be checked (it ran on another host) counts as abandoned once it
 * has not been refreshed for this long. Long enough that a server busy for a few seconds
 * (PGlite's first start blocks the event loop) never loses its own lock.
 */
export const LOCK_STALE_MS = 30_000;
const REFRESH_MS = 5_000;

export const LOCK_FILE = 'action-plan-tracker.lock';

type Owner = { pid: number; hostname: string; token: string };

export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
  constructor(readonly dataDir: string) {
    super(`Another Action Plan Tracker process is using the data directory ${dataDir}. Stop it, or set DATA_DIR to another directory.`);
  }
}

/** Lock files this process holds: never mistaken for a dead owner's, and removed however the process ends. */
const heldHere = new Map<string, string>();
process.on('exit', () => {
  for (const [path, token] of heldHere) {
    try {
      if (readOwnerSync(path)?.token === token) unlinkSync(path);
    } catch {
      // Exiting anyway; a lock left behind is taken over by the next start.
    }
  }
});

/**
 * PGlite has no lock of its own, and two processes writing to one directory lose writes.
 * Takes the lock on an existing `dataDir` or throws DataDirInUseError; resolves to the release.
 *
 * The lock is a file created exclusively, naming its owner. One left by a process that died
 * without releasing it (killed, out of memory) is taken over at once if its owner ran on this
 * host, and after LOCK_STALE_MS without a refresh otherwise. `onCompromised` runs if the lock
 * is lost while held (its file removed or replaced), so the server can stop before it writes.
 */
export async function lockDataDir(dataDir: string, onCompromised: (error: Error) => void): Promise<() => Promise<void>> {
  // The real path, so that two spellings of one directory (a symlink, "./data") share one lock.
  const path = join(await realpath(dataDir), LOCK_FILE);
  const owner: Owner = { pid: process.pid, hostname: hostname(), token: randomUUID() };

  if (!(await tryCreate(path, owner))) {
    const found = await readFile(path, 'utf8').catch(() => undefined);
    if (heldHere.has(path) || found === undefined || !(await isAbandoned(path, parseOwner(found)))) throw new DataDirInUseError(dataDir);
    await takeOver(path, found, owner.token, dataDir);
    if (!(await tryCreate(path, owner))) throw new DataDirInUseError(dataDir);
  }
  heldHere.set(path, owner.token);

  const refresh = setInterval(() => {
    void (async () => {
      if ((await readOwner(path))?.token !== owner.token) throw new Error(`the lock file ${path} was removed or replaced`);
      const now = new Date();
      await utimes(path, now, now);
    })().catch((error: Error) => {
      clearInterval(refresh);
      heldHere.delete(path);
      onCompromised(error);
    });
  }, REFRESH_MS);
  refresh.unref();

  return async () => {
    clearInterval(refresh);
    if (!heldHere.delete(path)) return;
    if ((await readOwner(path))?.token === owner.token) await unlink(path);
  };
}

/**
 * Removes the abandoned lock file whose content was `found`. Moved aside first and checked, so
 * that of two processes taking over at once the slower one cannot remove the faster one's new lock.
 */
async function takeOver(path: string, found: string, token: string, dataDir: string) {
  const aside = `${path}.abandoned-${token}`;
  try {
    await rename(path, aside);
  } catch {
    throw new DataDirInUseError(dataDir);
  }
  const moved = await readFile(aside, 'utf8').catch(() => undefined);
  if (moved !== found) {
    await link(aside, path).catch(() => undefined);
    await unlink(aside).catch(() => undefined);
    throw new DataDirInUseError(dataDir);
  }
  await unlink(aside);
}

async function tryCreate(path: string, owner: Owner): Promise<boolean> {
  let file;
  try {
    file = await open(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await file.writeFile(JSON.stringify(owner));
  } finally {
    await file.close();
  }
  return true;
}

async function isAbandoned(path: string, owner: Owner | undefined): Promise<boolean> {
  if (owner && owner.hostname === hostname()) {
    // Not held in this process (checked before), so an earlier life of this process id, e.g. in a restarted container.
    if (owner.pid === process.pid) return true;
    try {
      process.kill(owner.pid, 0);
      return false;
    } catch (error) {
      // EPERM: the process exists but belongs to another user.
      return (error as NodeJS.ErrnoException).code === 'ESRCH';
    }
  }
  // Another host's lock, or one being written this very moment: only its age can tell.
  try {
    return Date.now() - (await stat(path)).mtimeMs > LOCK_STALE_MS;
  } catch {
    return false;
  }
}

const parseOwner = (text: string): Owner | undefined => {
  try {
    const owner = JSON.parse(text) as Partial<Owner>;
    return Number.isInteger(owner.pid) && typeof owner.hostname === 'string' && typeof owner.token === 'string' ? (owner as Owner) : undefined;
  } catch {
    return undefined;
  }
};

async function readOwner(path: string): Promise<Owner | undefined> {
  try {
    return parseOwner(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function readOwnerSync(path: string): Owner | undefined {
  try {
    return parseOwner(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}
