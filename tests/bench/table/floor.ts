import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';

/** Where the floor app is served, on the app's own origin so that it reads the API with the same session. */
export const floorPath = '/bench-floor/';

/** The table's floor app (floor/main.tsx), production build, in a directory of its own. */
export function buildFloor(root: string, log: (line: string) => void): string {
  const outDir = mkdtempSync(join(tmpdir(), 'apt-bench-table-floor-'));
  log(`building the table's floor app into ${outDir}`);
  execFileSync('npx', ['vite', 'build', '--config', 'tests/bench/table/floor/vite.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return outDir;
}

/**
 * Answers requests under floorPath in this browser context from the floor's build. Playwright
 * turns the HTTP cache off in a context with routes, which is why the floor has a context of its own.
 */
export async function routeFloor(context: BrowserContext, floorDir: string): Promise<void> {
  await context.route(`**${floorPath}**`, async (route) => {
    const asked = normalize(new URL(route.request().url()).pathname.slice(floorPath.length));
    const file = resolve(floorDir, asked);
    const served = file.startsWith(floorDir) && asked !== '.' && existsSync(file) ? file : join(floorDir, 'index.html');
    await route.fulfill({ path: served });
  });
}
