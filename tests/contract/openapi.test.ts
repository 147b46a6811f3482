import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpoints } from '@/contract/endpoints.ts';
import { createTestServer } from '@/server/testing/test-server.ts';

describe('the API describes itself', () => {
  let server: Awaited<ReturnType<typeof createTestServer>>;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  const get = (path: string) => server.fetch(new Request(`http://localhost${path}`));

  it('as OpenAPI 3.1 with every endpoint of the contract', async () => {
    const res = await get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toMatch(/^3\.1\./);
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
    for (const e of Object.values(endpoints)) expect(documented).toContain(`${e.method} ${e.path}`);
  });

  it('as a readable reference served from this server, with no script from elsewhere', async () => {
    const res = await get('/api/v1/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      const src = /src="([^"]+)"/.exec(attrs ?? '')?.[1];
      expect(src, 'scripts are files of this server, not inline').toBeDefined();
      expect(src).not.toMatch(/^(https?:)?\/\//);
      expect(body?.trim()).toBe('');
      expect((await get(new URL(src as string, 'http://localhost/api/v1/docs').pathname)).status).toBe(200);
    }
    expect(html).not.toMatch(/(href|src)="(https?:)?\/\//);
  });
});
