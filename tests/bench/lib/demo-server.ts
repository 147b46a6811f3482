import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BenchServer, startBenchServer } from './bench-server.ts';

export const demoPassword = 'hannover-2030';

/**
 * The app's server on a fresh embedded database with the demo accounts and about 18 months of demo
 * history, so that the overview's charts have something to draw. `stop` also removes the data.
 */
export async function startDemoServer(distDir: string): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'apt-bench-data-'));
  try {
    const server = await startBenchServer({ distDir, dataDir, demo: true, demoHistory: true });
    return {
      ...server,
      stop: async () => {
        await server.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Signs in through the API and gives the session cookie ("apt_session=…") to send with requests. */
export async function sessionCookie(baseUrl: string, username: string): Promise<string> {
  const response = await fetch(new URL('/api/v1/session', baseUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!response.ok || !cookie) throw new Error(`signing in as ${username} failed: ${response.status} ${await response.text()}`);
  return cookie;
}
