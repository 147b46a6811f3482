/**
 * The floor of the API benchmark, in a process of its own: a bare node:http server on the same
 * data that, for GET /<name>, replays the SQL the real server ran for that request (recorded by
 * recording.ts) straight through the driver and answers with JSON.stringify of the rows. It pays
 * what any server must (HTTP, the queries, JSON) and nothing of the app. It is also the "bare
 * PGlite process" the server's memory is compared with.
 *
 * Run as a script with FLOOR_QUERIES (a JSON file: name → recorded queries) and FLOOR_DATA_DIR
 * (a DATA_DIR as the server's, PGlite in its pglite/ subdirectory) or FLOOR_DATABASE_URL; prints
 * "listening at URL". `startFloorServer` starts it and waits for that.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type BenchServer, whenListening } from '../lib/bench-server.ts';
import type { Queryable } from './bulk-insert.ts';
import type { RecordedQuery } from './recording.ts';

export type FloorOptions = { queriesFile: string; dataDir?: string; databaseUrl?: string };

export function startFloorServer(options: FloorOptions): Promise<BenchServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename], {
    env: { ...process.env, FLOOR_QUERIES: options.queriesFile, FLOOR_DATA_DIR: options.dataDir ?? '', FLOOR_DATABASE_URL: options.databaseUrl ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return whenListening(child, 'floor server');
}

async function openDriver(): Promise<{ db: Queryable; close: () => Promise<void> }> {
  const url = process.env.FLOOR_DATABASE_URL;
  if (url) {
    const { default: pg } = await import('pg');
    // The server's pool has the same size; one connection per request here, as there.
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    return { db: pool, close: () => pool.end() };
  }
  const dataDir = process.env.FLOOR_DATA_DIR;
  if (!dataDir) throw new Error('FLOOR_DATA_DIR or FLOOR_DATABASE_URL must be set');
  const { PGlite } = await import('@electric-sql/pglite');
  const client = await PGlite.create(join(dataDir, 'pglite'));
  return { db: client, close: () => client.close() };
}

/** Runs the queries in order on one connection, as the server did, and gives back every result's rows. */
async function replay(db: Queryable & { connect?: () => Promise<Queryable & { release: () => void }> }, queries: readonly RecordedQuery[]) {
  const connection = db.connect ? await db.connect() : undefined;
  try {
    const results: unknown[][] = [];
    for (const { text, params } of queries) results.push((await (connection ?? db).query(text, params)).rows);
    return results;
  } finally {
    connection?.release();
  }
}

async function main() {
  const queries = JSON.parse(readFileSync(process.env.FLOOR_QUERIES ?? '', 'utf8')) as Record<string, RecordedQuery[]>;
  const { db, close } = await openDriver();
  const server = createServer((req, res) => {
    const recorded = queries[(req.url ?? '/').slice(1)];
    if (!recorded) {
      res.writeHead(404).end();
      return;
    }
    replay(db, recorded).then(
      (results) => {
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(results));
      },
      (error: Error) => {
        res.writeHead(500, { 'Content-Type': 'text/plain' }).end(error.message);
      },
    );
  });
  server.listen(0, '127.0.0.1', () => console.log(`listening at http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  const stop = () => {
    server.close(() => void close().then(() => process.exit(0)));
    server.closeAllConnections();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (process.argv[1] === import.meta.filename) await main();
