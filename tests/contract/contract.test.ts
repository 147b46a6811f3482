import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases, type Sent } from './cases.ts';
import { type Target, targets } from './targets.ts';

// One table of cases, run against every target: the mocks and the real server cannot drift apart.
describe.each(targets)('contract: $name', (factory) => {
  let target: Target;
  beforeAll(async () => {
    target = await factory.open();
  });
  afterAll(async () => {
    await target?.close();
  });

  it.each(cases)('$name', async (c) => {
    const request = c.as ? await target.as(c.as) : target.request;
    const sent: Sent = {};
    const headers = new Headers(c.headers);
    if (c.ifMatchOf) {
      sent.ifMatch = (await target.request(`/api/v1/measures/${c.ifMatchOf}`)).headers.get('etag') ?? undefined;
      if (sent.ifMatch) headers.set('if-match', sent.ifMatch);
    }
    const res = await request(c.path, { method: c.method ?? 'GET', headers, ...(c.body !== undefined && { body: c.body }) });
    const text = await res.text();
    expect(res.status, text.slice(0, 500)).toBe(c.status);
    if (c.status === 204) {
      expect(text).toBe('');
      return;
    }
    expect(res.headers.get('content-type') ?? '').toMatch(/^application\/json/);
    const body: unknown = JSON.parse(text);
    if (c.schema) {
      const parsed = c.schema.safeParse(body);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    }
    await c.check?.(body as never, res, target, sent);
  });
});
