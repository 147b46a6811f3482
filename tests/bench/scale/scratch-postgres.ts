/** A scratch database on the PostgreSQL server BENCH_DATABASE_URL names, made fresh and dropped again. */
import pg from 'pg';

const NAME = 'apt_bench';

async function asAdmin(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates the database apt_bench (dropping one a run cut short left behind) and returns its URL and how to drop it. */
export async function createScratchDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const drop = () => asAdmin(adminUrl, `drop database if exists ${NAME} with (force)`);
  await drop();
  await asAdmin(adminUrl, `create database ${NAME}`);
  const url = new URL(adminUrl);
  url.pathname = `/${NAME}`;
  return { url: url.toString(), drop };
}
