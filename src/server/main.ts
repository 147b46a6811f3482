import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { DataDirInUseError } from './db/data-dir-lock.ts';
import { DatabaseUnreachableError, type OpenDatabase, openDatabase } from './db/database.ts';
import { stderrLogger } from './lib/logger.ts';
import { accountNotes, demoHistoryNotes } from './start-up-notes.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const distDir = join(projectRoot, 'dist');

/** Problems a person can fix from the message alone: said in one line, without a stack trace. */
const isExplained = (error: unknown) =>
  error instanceof ConfigError || error instanceof DataDirInUseError || error instanceof DatabaseUnreachableError;

function exitWith(error: unknown): never {
  if (isExplained(error)) console.error((error as Error).message);
  else console.error('Action Plan Tracker could not start:', error);
  process.exit(1);
}

async function buildSpa() {
  console.log('No built app in dist/ yet: building it first (vite build) …');
  const { build } = await import('vite');
  await build({ root: projectRoot, logLevel: 'warn' });
}

function urlOf(address: AddressInfo) {
  // A wildcard address is where the server listens, not an address a browser can open.
  const host = address.address === '0.0.0.0' || address.address === '::' ? 'localhost' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

async function main() {
  const config = loadConfig();

  // Filled in as start-up proceeds; a signal may arrive at any point of it.
  const running: { server?: ServerType; database?: Promise<OpenDatabase> } = {};
  let stopping: Promise<void> | undefined;
  const stop = (code: number) => {
    stopping ??= (async () => {
      // Bounded, so that a hung connection cannot keep the data directory locked for ever.
      setTimeout(() => {
        console.error('Stopping took longer than 10 seconds; exiting anyway.');
        process.exit(1);
      }, 10_000).unref();
      const listening = running.server;
      if (listening) await new Promise<void>((done) => listening.close(() => done()));
      // A database still opening is let finish first: PGlite stopped halfway through initdb leaves a broken directory.
      const opened = await running.database?.catch(() => undefined);
      await opened?.close();
      process.exit(code);
    })();
    return stopping;
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  if (!existsSync(join(distDir, 'index.html'))) await buildSpa();

  running.database = openDatabase(config, {
    logger: stderrLogger,
    onLockCompromised: (error) => {
      console.error(`Lost the lock on the data directory (${error.message}). Stopping so that no writes are lost.`);
      void stop(1);
    },
  });
  const opened = await running.database;
  if (stopping) return;

  const { sessionIdleMinutes, sessionMaxHours, trustProxy } = config;
  const app = createApp({ db: opened.db, databaseKind: opened.kind, distDir, auth: { sessionIdleMinutes, sessionMaxHours, trustProxy } });
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (address) => {
    console.log(`Action Plan Tracker is running at ${urlOf(address)} (database: ${opened.description})`);
    // After listening: checking the demo passwords takes a second or two, and the app can serve meanwhile.
    const where = { embedded: opened.kind === 'pglite', demo: config.demo };
    Promise.all([accountNotes(opened.db, where), demoHistoryNotes(opened.db, where)])
      .then((notes) => notes.flat().forEach((note) => console.log(note)))
      .catch((error: unknown) => {
        if (!stopping) console.error('Could not look up the accounts:', error);
      });
  });
  running.server = server;
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      console.error(`Port ${config.port} on ${config.host} is already in use. Stop what uses it, or set PORT to another port (0 picks a free one).`);
    } else {
      console.error(`Could not listen on ${config.host}:${config.port}:`, error);
    }
    void stop(1);
  });
}

main().catch(exitWith);
