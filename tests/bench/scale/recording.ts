/**
 * Captures the SQL the server runs, at the driver: every statement with its parameters,
 * including the begin and commit of transactions, so that the floor can replay exactly that.
 */
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';

export type RecordedQuery = { text: string; params: unknown[] };

export type Recorder = {
  /** Starts a new recording; what ran before is dropped. */
  start: () => void;
  /** The statements since start(). */
  stop: () => RecordedQuery[];
};

type QueryFn = (text: unknown, params?: unknown, ...rest: unknown[]) => Promise<unknown>;

function createRecorder(): Recorder & { record: (text: unknown, params: unknown) => void } {
  let recorded: RecordedQuery[] | undefined;
  return {
    start: () => void (recorded = []),
    stop: () => {
      const done = recorded ?? [];
      recorded = undefined;
      return done;
    },
    record: (text, params) => {
      // node-postgres is also called with a config object { text, values }, Drizzle passing the values beside it.
      const config = typeof text === 'object' && text !== null ? (text as { text: string; values?: unknown[] }) : undefined;
      recorded?.push({ text: config ? config.text : String(text), params: (params as unknown[] | undefined) ?? config?.values ?? [] });
    },
  };
}

function wrapQuery(target: { query: QueryFn }, record: (text: unknown, params: unknown) => void) {
  const query = target.query.bind(target);
  target.query = (text, params, ...rest) => {
    record(text, params);
    return query(text, params, ...rest);
  };
}

/** Records what goes through this PGlite: its queries, and its transactions' begin, statements and end. */
export function recordPglite(client: PGlite): Recorder {
  const recorder = createRecorder();
  wrapQuery(client as unknown as { query: QueryFn }, recorder.record);
  const transaction = client.transaction.bind(client);
  client.transaction = (work) =>
    transaction(async (tx) => {
      recorder.record('begin', []);
      wrapQuery(tx as unknown as { query: QueryFn }, recorder.record);
      try {
        const result = await work(tx);
        recorder.record('commit', []);
        return result;
      } catch (error) {
        recorder.record('rollback', []);
        throw error;
      }
    });
  return recorder;
}

/**
 * Records what goes through the connections this pool opens from now on: pool.query runs on one
 * of them too, and Drizzle's transactions send their begin and commit on them.
 */
export function recordPool(pool: pg.Pool): Recorder {
  const recorder = createRecorder();
  pool.on('connect', (client) => wrapQuery(client as unknown as { query: QueryFn }, recorder.record));
  return recorder;
}
