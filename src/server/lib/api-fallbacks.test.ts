import { inspect } from 'node:util';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { apiError } from './api-fallbacks.ts';

describe('an error the server logs', () => {
  it('carries the failed statement and the database’s message, never the values it was given', async () => {
    const cause = Object.assign(new Error('new row for relation "sessions" violates check constraint "x"'), {
      code: '23514',
      constraint: 'x',
      detail: 'Failing row contains (a1b2-session-hash, csrf-token-secret).',
    });
    const failure = new DrizzleQueryError('insert into "sessions" ("id_hash", "csrf_token") values ($1, $2)', ['a1b2-session-hash', 'csrf-token-secret'], cause);
    const logger = { error: vi.fn() };
    const app = new Hono().get('/api/v1/boom', () => {
      throw failure;
    });
    app.onError(apiError(logger));

    const res = await app.request('/api/v1/boom');
    expect(res.status).toBe(500);
    expect(logger.error).toHaveBeenCalledTimes(1);
    const logged = inspect(logger.error.mock.calls[0], { depth: 10 });
    expect(logged).toContain('insert into "sessions"');
    expect(logged).toContain('violates check constraint');
    expect(logged).toContain('23514');
    expect(logged).not.toMatch(/a1b2-session-hash|csrf-token-secret/);
  });
});
