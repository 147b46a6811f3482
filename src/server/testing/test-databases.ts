const postgresUrl = process.env.TEST_DATABASE_URL;

/** The databases server tests run on: PGlite always, PostgreSQL too when TEST_DATABASE_URL names a server. */
export const testDatabases: { name: string; databaseUrl?: string }[] = [
  { name: 'PGlite' },
  ...(postgresUrl ? [{ name: 'PostgreSQL', databaseUrl: postgresUrl }] : []),
];
