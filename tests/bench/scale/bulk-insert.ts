/** What both drivers offer: PGlite and node-postgres answer `query(text, params)` with `{ rows }`. */
export type Queryable = { query: (text: string, params?: unknown[]) => Promise<{ rows: unknown[] }> };

/** A column to insert: its name, its PostgreSQL type and how to read it from a row. */
export type Column<T> = [name: string, type: string, value: (row: T) => unknown];

const CHUNK_ROWS = 20_000;

const asText = (value: unknown) => (value === null || value === undefined ? null : String(value));

/**
 * Inserts many rows with one statement per 20,000: `insert … select * from unnest($1::type[], …)`
 * takes one array parameter per column, so it has no limit on rows per statement (a multi-row
 * VALUES list runs into the 65,535 parameters) and works the same on PGlite and node-postgres.
 */
export async function insertRows<T>(db: Queryable, table: string, columns: readonly Column<T>[], rows: readonly T[], returning?: string): Promise<unknown[]> {
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  // Every column travels as text[] and is cast in the select: PGlite's client serialises arrays of
  // the types it knows (text, int) but not of enums, jsonb or uuid.
  const arrays = columns.map((_, i) => `$${i + 1}::text[]`).join(', ');
  const casts = columns.map(([, type], i) => `c${i + 1}::${type}`).join(', ');
  const aliases = columns.map((_, i) => `c${i + 1}`).join(', ');
  const text = `insert into "${table}" (${names}) select ${casts} from unnest(${arrays}) as u(${aliases})${returning ? ` returning ${returning}` : ''}`;
  const returned: unknown[] = [];
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const chunk = rows.slice(start, start + CHUNK_ROWS);
    const result = await db.query(text, columns.map(([, , value]) => chunk.map((row) => asText(value(row)))));
    returned.push(...result.rows);
  }
  return returned;
}
