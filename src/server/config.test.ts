import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration from the environment', () => {
  it('starts on 127.0.0.1:3000 with ./data when nothing is set', () => {
    expect(loadConfig({})).toEqual({
      host: '127.0.0.1',
      port: 3000,
      dataDir: './data',
      databaseUrl: undefined,
      sessionIdleMinutes: 30,
      sessionMaxHours: 12,
      trustProxy: false,
      demo: true,
      demoHistory: true,
    });
  });

  it('takes the session limits, TRUST_PROXY, DEMO and DEMO_HISTORY', () => {
    expect(loadConfig({ SESSION_IDLE_MINUTES: '15', SESSION_MAX_HOURS: '8', TRUST_PROXY: 'true', DEMO: 'false', DEMO_HISTORY: 'false' })).toMatchObject({
      sessionIdleMinutes: 15,
      sessionMaxHours: 8,
      trustProxy: true,
      demo: false,
      demoHistory: false,
    });
    expect(loadConfig({ DEMO_HISTORY: 'false' })).toMatchObject({ demo: true, demoHistory: false });
  });

  it('refuses an idle timeout longer than a session may last', () => {
    expect(() => loadConfig({ SESSION_IDLE_MINUTES: '120', SESSION_MAX_HOURS: '1' })).toThrow(/SESSION_IDLE_MINUTES=120 is longer than SESSION_MAX_HOURS=1/);
  });

  it('takes PORT=0 to mean "any free port"', () => {
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
  });

  it('treats an empty variable, as in an .env template, as not set', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });

  it('accepts a PostgreSQL URL in either spelling', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://tracker@db:5432/tracker' }).databaseUrl).toBe('postgres://tracker@db:5432/tracker');
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/tracker' }).databaseUrl).toBe('postgresql://db/tracker');
  });

  it.each([
    ['PORT', 'http', /PORT="http" must be a whole number from 1 to 65535/],
    ['PORT', '70000', /PORT="70000" must be a whole number/],
    ['PORT', '80.5', /PORT="80.5" must be a whole number/],
    ['DATABASE_URL', 'mysql://db/tracker', /DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/],
    ['DATABASE_URL', 'tracker', /DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/],
    ['SESSION_IDLE_MINUTES', '0', /SESSION_IDLE_MINUTES="0" must be a whole number from 1 to 1440/],
    ['SESSION_IDLE_MINUTES', 'half an hour', /SESSION_IDLE_MINUTES="half an hour" must be a whole number/],
    ['SESSION_MAX_HOURS', '12.5', /SESSION_MAX_HOURS="12.5" must be a whole number from 1 to 720/],
    ['TRUST_PROXY', 'yes', /TRUST_PROXY="yes" must be true or false/],
    ['DEMO', '0', /DEMO="0" must be true or false/],
    ['DEMO_HISTORY', 'off', /DEMO_HISTORY="off" must be true or false/],
  ])('refuses %s=%s and says which variable and why', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('never repeats a database URL in its message, since it may hold a password', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://admin:s3cret@db/tracker' })).toThrow(/^(?!.*s3cret).*$/s);
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', DATABASE_URL: 'y' })).toThrow(/PORT.*; DATABASE_URL/);
  });
});
