import { z } from 'zod';

const databaseUrl = z
  .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
  .optional();

const flag = z.enum(['true', 'false'], { error: 'must be true or false' }).transform((value) => value === 'true');

const wholeNumber = (max: number) => z.coerce
  .number({ error: `must be a whole number from 1 to ${max}` })
  .int(`must be a whole number from 1 to ${max}`)
  .min(1, `must be a whole number from 1 to ${max}`)
  .max(max, `must be a whole number from 1 to ${max}`);

const ConfigSchema = z.object({
  HOST: z.string().trim().min(1, 'must not be empty').default('127.0.0.1'),
  PORT: z.coerce
    .number({ error: 'must be a whole number from 1 to 65535 (0 picks a free port)' })
    .int('must be a whole number from 1 to 65535 (0 picks a free port)')
    .min(0, 'must be a whole number from 1 to 65535 (0 picks a free port)')
    .max(65535, 'must be a whole number from 1 to 65535 (0 picks a free port)')
    .default(3000),
  DATA_DIR: z.string().trim().min(1, 'must not be empty').default('./data'),
  DATABASE_URL: databaseUrl,
  /** Minutes a session may go unused before it ends. */
  SESSION_IDLE_MINUTES: wholeNumber(24 * 60).default(30),
  /** Hours after sign-in that a session ends however busy it is. */
  SESSION_MAX_HOURS: wholeNumber(30 * 24).default(12),
  /** Only behind a reverse proxy that sets X-Forwarded-For and X-Forwarded-Proto itself. */
  TRUST_PROXY: flag.default(false),
  /** A new embedded database gets demo accounts and owners; false for a real one without DATABASE_URL. */
  DEMO: flag.default(true),
  /** With DEMO, a new embedded database also gets about 18 months of demo history; false for the accounts and owners alone. */
  DEMO_HISTORY: flag.default(true),
});

export type Config = {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  trustProxy: boolean;
  demo: boolean;
  /** Only counts with `demo`, on a new embedded database: never with DATABASE_URL. */
  demoHistory: boolean;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the configuration from the environment; a bad value throws a ConfigError naming the variable and why. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty `PORT=` (as in an .env template) means "not set", not "port 0".
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const result = ConfigSchema.safeParse(given);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      // The URL may hold a password, so it is never echoed.
      const value = name === 'DATABASE_URL' ? undefined : given[name];
      return `${name}${value === undefined ? '' : `=${JSON.stringify(value)}`} ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}.`);
  }
  const { HOST, PORT, DATA_DIR, DATABASE_URL, SESSION_IDLE_MINUTES, SESSION_MAX_HOURS, TRUST_PROXY, DEMO, DEMO_HISTORY } = result.data;
  if (SESSION_IDLE_MINUTES > SESSION_MAX_HOURS * 60) {
    throw new ConfigError(
      `Invalid configuration: SESSION_IDLE_MINUTES=${SESSION_IDLE_MINUTES} is longer than SESSION_MAX_HOURS=${SESSION_MAX_HOURS} allows a session to last.`,
    );
  }
  return {
    host: HOST,
    port: PORT,
    dataDir: DATA_DIR,
    databaseUrl: DATABASE_URL,
    sessionIdleMinutes: SESSION_IDLE_MINUTES,
    sessionMaxHours: SESSION_MAX_HOURS,
    trustProxy: TRUST_PROXY,
    demo: DEMO,
    demoHistory: DEMO_HISTORY,
  };
}
