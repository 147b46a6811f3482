/**
 * A recording run: the real app in this process, on the bench database, its driver recording
 * (recording.ts). Each benchmarked request is made once to warm up and once recorded, which
 * gives the floor the exact SQL of that request: the session check included. The server keeps the
 * answers of its big reads (AnswerCache); the recorded request is the one that builds its answer.
 */
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { createApp, defaultAuthSettings } from '@/server/app.ts';
import { CSRF_HEADER } from '@/server/auth/guards.ts';
import type { Database } from '@/server/db/database.ts';
import * as schema from '@/server/db/schema.ts';
import { sessionCookieOf } from '@/server/testing/test-server.ts';
import { testPasswordParams } from '@/server/testing/test-password-params.ts';
import type { BenchAccount } from './bench-data.ts';
import { type RecordedQuery, type Recorder, recordPglite, recordPool } from './recording.ts';

/** One request of the benchmark. A write is sent with If-Match, the ETag of `measurePath` as read just before. */
export type BenchRequest = { name: string; path: string; write?: { body: unknown; measurePath: string } };

export type Target = { dataDir?: string; databaseUrl?: string };

async function openRecorded(target: Target): Promise<{ db: Database; kind: 'pglite' | 'postgres'; recorder: Recorder; close: () => Promise<void> }> {
  if (target.databaseUrl) {
    const pool = new pg.Pool({ connectionString: target.databaseUrl, max: 10 });
    const recorder = recordPool(pool);
    return { db: drizzlePg(pool, { schema }), kind: 'postgres', recorder, close: () => pool.end() };
  }
  if (!target.dataDir) throw new Error('a recording run needs a dataDir or a databaseUrl');
  const client = await PGlite.create(join(target.dataDir, 'pglite'));
  const recorder = recordPglite(client);
  return { db: drizzlePglite(client, { schema }), kind: 'pglite', recorder, close: () => client.close() };
}

/** The SQL of each request, by name. Closes the database before it resolves, so that the server can open it. */
export async function recordRequests(target: Target, account: BenchAccount, requests: readonly BenchRequest[]): Promise<Record<string, RecordedQuery[]>> {
  const opened = await openRecorded(target);
  try {
    // Cheap scrypt here, so that the stored hash stays cheap for the bench server's own sign-in.
    const newApp = () => createApp({ db: opened.db, databaseKind: opened.kind, auth: { ...defaultAuthSettings, passwordParams: testPasswordParams } });
    const app = newApp();
    const signIn = await app.request('/api/v1/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: account.username, password: account.password }),
    });
    if (signIn.status !== 200) throw new Error(`the recording run could not sign in: ${signIn.status} ${await signIn.text()}`);
    const session = { Cookie: sessionCookieOf(signIn), [CSRF_HEADER]: ((await signIn.json()) as { csrfToken: string }).csrfToken };

    // A write's If-Match is the ETag read just before it, outside the recording.
    const initFor = async (request: BenchRequest): Promise<RequestInit> => {
      if (!request.write) return { headers: session };
      const etag = (await app.request(request.write.measurePath, { headers: session })).headers.get('ETag') ?? '';
      return { method: 'POST', headers: { ...session, 'Content-Type': 'application/json', 'If-Match': etag }, body: JSON.stringify(request.write.body) };
    };
    const recorded: Record<string, RecordedQuery[]> = {};
    for (const request of requests) {
      await (await app.request(request.path, await initFor(request))).arrayBuffer();
      const init = await initFor(request);
      // Recorded in an app that has kept no answers yet: the floor is the SQL of building the answer,
      // not the one small query that finds a kept answer still current.
      const recording = newApp();
      opened.recorder.start();
      const answer = await recording.request(request.path, init);
      const body = await answer.text();
      recorded[request.name] = opened.recorder.stop();
      if (answer.status >= 300) throw new Error(`${request.name} answered ${answer.status} in the recording run: ${body}`);
    }
    return recorded;
  } finally {
    await opened.close();
  }
}
