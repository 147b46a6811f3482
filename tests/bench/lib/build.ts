import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let built: string | undefined;

/**
 * The app's production build, made once per benchmark run in a directory of its own (never dist/,
 * which `npm start` and the end-to-end tests use). Returns the directory.
 */
export function buildApp(root: string, log: (line: string) => void = () => {}): string {
  if (built) return built;
  const outDir = mkdtempSync(join(tmpdir(), 'apt-bench-dist-'));
  log(`building the app into ${outDir}`);
  // vitest or a shell may have set NODE_ENV to something else; React's development build would skew every figure.
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  built = outDir;
  process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
  return outDir;
}
