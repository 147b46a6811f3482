/**
 * The app's server as `npm start` runs it, in a process of its own, but serving a build from
 * BENCH_DIST_DIR, so that a benchmark never touches dist/. Configured by the same environment
 * variables (DATA_DIR, DATABASE_URL, DEMO, DEMO_HISTORY); always on 127.0.0.1 and a free port.
 *
 * Run as a script it prints "listening at URL"; `startBenchServer` starts it and waits for that.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

export type BenchServer = { url: string; pid: number; process: ChildProcess; stop: () => Promise<void> };

export type BenchServerOptions = {
  distDir: string;
  /** An embedded database directory (PGlite); ignored when databaseUrl is given. */
  dataDir?: string;
  databaseUrl?: string;
  /** Demo accounts (and demo history) on a new embedded database. Default: both off. */
  demo?: boolean;
  demoHistory?: boolean;
  /** Extra node flags, e.g. ['--expose-gc']. */
  nodeArgs?: string[];
};

/** Starts the server process and resolves once it listens. */
export function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    BENCH_DIST_DIR: options.distDir,
    DATA_DIR: options.dataDir ?? '',
    DATABASE_URL: options.databaseUrl ?? '',
    DEMO: String(options.demo ?? false),
    DEMO_HISTORY: String(options.demoHistory ?? false),
  };
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', import.meta.filename], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return whenListening(child, 'bench server');
}

/**
 * Resolves once a server process started by the benchmark prints "listening at URL", with a way
 * to stop it; rejects with what it printed if it exits first.
 */
export function whenListening(child: ChildProcess, name: string): Promise<BenchServer> {
  return new Promise((resolve, reject) => {
    let output = '';
    let listening = false;
    const onData = (chunk: Buffer) => {
      // Once it listens, what it says (an error, why it stopped) goes to the benchmark's log.
      if (listening) return void process.stderr.write(`${name}: ${chunk.toString()}`);
      output += chunk.toString();
      const match = /listening at (http:\/\/\S+)/.exec(output);
      if (match?.[1] && child.pid) {
        listening = true;
        const exited = new Promise<void>((done) => child.once('exit', () => done()));
        resolve({
          url: match[1],
          pid: child.pid,
          process: child,
          stop: async () => {
            if (child.exitCode === null) child.kill('SIGTERM');
            await exited;
          },
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before it listened:\n${output}`)));
  });
}

async function main() {
  const distDir = process.env.BENCH_DIST_DIR;
  if (!distDir) throw new Error('BENCH_DIST_DIR is not set');
  const [{ createApp }, { loadConfig }, { openDatabase }, { stderrLogger }] = await Promise.all([
    import('@/server/app.ts'),
    import('@/server/config.ts'),
    import('@/server/db/database.ts'),
    import('@/server/lib/logger.ts'),
  ]);
  const config = loadConfig({ ...process.env, HOST: '127.0.0.1', PORT: '0' });
  const opened = await openDatabase(config, {
    logger: stderrLogger,
    onLockCompromised: (error) => {
      console.error(`lost the lock on the data directory: ${error.message}`);
      process.exit(1);
    },
  });
  const app = createApp({ db: opened.db, databaseKind: opened.kind, distDir });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (address: AddressInfo) => {
    console.log(`listening at http://127.0.0.1:${address.port}`);
  });
  const stop = () => server.close(() => void opened.close().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (process.argv[1] === import.meta.filename) await main();
