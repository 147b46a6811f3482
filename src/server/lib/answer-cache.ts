import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Context, TypedResponse } from 'hono';
import { berlinDate } from '@/lib/freshness.ts';
import type { Database } from '../db/database.ts';

const gzip = promisify(gzipCallback);

/** A read's answer, and the moment after which its freshness flags may differ (null: none will). */
export type Built = { body: unknown; staleChangeAt: Date | null };

/** What a reader gets in `build`: a read-only snapshot in which data_version was read first. */
export type Snapshot = Database;

type Entry = {
  version: bigint;
  /** The city's date when it was built: overdue flags and "today" change with it. */
  day: string;
  builtAt: number;
  staleChangeAt: number;
  json: Buffer;
  gzipped?: Promise<Buffer>;
};

/** Below this, compressing costs more than it saves (the compress middleware's own threshold). */
const GZIP_FROM_BYTES = 1024;

/** The buffer's bytes as the body, without copying them (`new Uint8Array(buffer)` would: 25 MB for the plan). */
const bytesOf = (buffer: Buffer) => new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);

type VersionRow = { version: string };
const versionOf = async (db: Database) => BigInt(((await db.execute(sql`select version::text as version from data_version`)) as unknown as { rows: VersionRow[] }).rows[0]!.version);

/**
 * Answers of the big reads (the plan, the measures list, the stats), kept as JSON until the data
 * changes. Every committed write moves data_version (migration 0006, by triggers), and every
 * request reads it: one small query instead of reading 10,000 measures. Several processes on one
 * PostgreSQL each keep their own answers and each see every other's writes.
 *
 * An answer also depends on the time: stale flags turn at an instant each measure or activity
 * has (`staleChangeAt`, the earliest after it was built), overdue flags and "today" at the city's
 * midnight. Past either, it is built again. A clock that goes back (tests) builds it again too.
 */
export class AnswerCache {
  readonly #entries = new Map<string, Entry>();

  /**
   * At most `maxEntries` answers of at most `maxBytes` JSON together (the one built last is
   * always kept): at 10,000 measures the plan alone is 25 MB, a list of them 7 MB.
   */
  constructor(
    private readonly maxEntries = 32,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  /**
   * The answer for `key`, from the cache while it holds, else from `build` in a fresh snapshot.
   * `stamp`: fields of the moment (the summary's asOf), put in front of the kept ones each time;
   * such an answer is left to the compress middleware rather than kept compressed.
   * `T` is the JSON the route declares, which its types cannot see through the kept bytes.
   */
  async answer<T>(
    c: Context,
    db: Database,
    now: Date,
    key: string,
    build: (snapshot: Snapshot) => Promise<Built>,
    stamp?: Record<string, unknown>,
  ): Promise<TypedResponse<T, 200, 'json'>> {
    const entry = (await this.#current(db, now, key)) ?? (await this.#build(db, now, key, build));
    return (await this.#send(c, entry, stamp)) as unknown as TypedResponse<T, 200, 'json'>;
  }

  async #send(c: Context, entry: Entry, stamp: Record<string, unknown> | undefined): Promise<Response> {
    c.header('Content-Type', 'application/json');
    if (stamp) {
      const fields = JSON.stringify(stamp).slice(0, -1);
      const rest = entry.json.subarray(1);
      return c.body(bytesOf(Buffer.concat([Buffer.from(rest.byteLength > 1 ? `${fields},` : fields), rest])), 200);
    }
    const accepts = c.req.header('Accept-Encoding') ?? '';
    if (entry.json.byteLength >= GZIP_FROM_BYTES && /\bgzip\b/.test(accepts)) {
      entry.gzipped ??= gzip(entry.json);
      c.header('Content-Encoding', 'gzip');
      c.header('Vary', 'Accept-Encoding');
      return c.body(bytesOf(await entry.gzipped), 200);
    }
    return c.body(bytesOf(entry.json), 200);
  }

  async #current(db: Database, now: Date, key: string): Promise<Entry | undefined> {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    const at = now.getTime();
    if (at < entry.builtAt || at > entry.staleChangeAt || berlinDate(now) !== entry.day) return undefined;
    if ((await versionOf(db)) !== entry.version) return undefined;
    // Most recently used last: the first in the map is the one to drop.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  async #build(db: Database, now: Date, key: string, build: (snapshot: Snapshot) => Promise<Built>): Promise<Entry> {
    const { version, built } = await db.transaction(
      async (tx) => {
        // First in the transaction: the snapshot the answer is read from is the one of this version.
        const version = await versionOf(tx);
        return { version, built: await build(tx) };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    const entry: Entry = {
      version,
      day: berlinDate(now),
      builtAt: now.getTime(),
      staleChangeAt: built.staleChangeAt?.getTime() ?? Number.POSITIVE_INFINITY,
      json: Buffer.from(JSON.stringify(built.body)),
    };
    // Two requests may build at once: keep the newer data.
    const kept = this.#entries.get(key);
    if (!kept || kept.version <= version) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
      this.#evict();
    }
    return entry;
  }

  /** Drops the answers used longest ago while there are too many, or too many bytes. */
  #evict() {
    let bytes = 0;
    for (const entry of this.#entries.values()) bytes += entry.json.byteLength;
    for (const [key, entry] of this.#entries) {
      if (this.#entries.size <= 1 || (this.#entries.size <= this.maxEntries && bytes <= this.maxBytes)) break;
      this.#entries.delete(key);
      bytes -= entry.json.byteLength;
    }
  }
}
