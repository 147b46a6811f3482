import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let built: string | undefined;

/** The floor app's production build, made once per benchmark run in a directory of its own. Returns the directory. */
export function buildFloor(root: string, log: (line: string) => void = () => {}): string {
  if (built) return built;
  const outDir = mkdtempSync(join(tmpdir(), 'apt-bench-floor-'));
  log(`building the floor app into ${outDir}`);
  execFileSync('npx', ['vite', 'build', '--config', join(import.meta.dirname, 'vite.config.ts'), '--outDir', outDir, '--emptyOutDir'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    // As for the app: React's development build would make the floor meaningless.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  built = outDir;
  return outDir;
}
