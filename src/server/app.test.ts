import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Department } from '@/contract/departments.ts';
import { createTestApp, type TestApp, type TestClient } from './testing/test-app.ts';

// Everything from this server, and no inline script: the reference and the built app both work under it (checked in Chromium).
const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
const securityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
};
const expectSecurityHeaders = (res: Response) =>
  expect(Object.fromEntries(Object.keys(securityHeaders).map((name) => [name, res.headers.get(name)]))).toEqual(securityHeaders);

describe('the API', () => {
  let t: TestApp;
  let council: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    council = await t.signIn('council');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('says it is up and on which database', async () => {
    const res = await t.request('/api/v1/health');
    expect(await res.json()).toEqual({ status: 'ok', database: 'pglite' });
  });

  it('lists the departments the plan names, ordered by id', async () => {
    const departments = (await (await council.request('/api/v1/departments')).json()) as Department[];
    expect(departments.map((d) => d.id)).toEqual([
      'adult-education',
      'agenda-21',
      'climate-protection',
      'cultural-office',
      'economic-affairs',
      'international-affairs',
      'youth-services',
    ]);
    expect(departments.find((d) => d.id === 'cultural-office')!.name).toEqual({ de: 'Kulturbüro', en: 'Cultural Office' });
  });

  it('lets no cache keep its answers', async () => {
    for (const path of ['/api/v1/plan', '/api/v1/measures/9.9', '/api/v1/nope']) {
      expect((await council.request(path)).headers.get('Cache-Control')).toBe('no-store');
    }
    expect((await t.request('/api/v1/plan')).headers.get('Cache-Control')).toBe('no-store');
  });

  it('sends the security headers with every answer: data, errors, refusals, the reference and its files', async () => {
    for (const path of ['/api/v1/health', '/api/v1/plan', '/api/v1/nope', '/api/v1/docs', '/api/v1/docs/swagger-ui-bundle.js', '/api/v1/openapi.json']) {
      expectSecurityHeaders(await t.request(path));
      expectSecurityHeaders(await council.request(path));
    }
    expectSecurityHeaders(await council.request('/api/v1/measures/9.9', { headers: { 'If-None-Match': '"x"' } }));
  });

  it('names the parameter that is wrong, and why', async () => {
    const res = await council.request('/api/v1/measures?phase=done&colour=red');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; details: { path: string }[] } };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details.map((d) => d.path)).toEqual(expect.arrayContaining(['query.phase', 'query.colour']));

    const badCode = await council.request('/api/v1/measures/3.1.4');
    expect(badCode.status).toBe(400);
    expect(await badCode.json()).toMatchObject({ error: { code: 'validation_failed', details: [{ path: 'params.code' }] } });
  });

  it('answers unknown paths with JSON 404, and a wrong method with 405 and what is allowed', async () => {
    const unknown = await t.request('/api/v1/nope');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'not_found' } });

    const wrongMethod = await t.request('/api/v1/measures/3.1', { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('Allow')).toBe('GET, PATCH, HEAD');
    expect(await wrongMethod.json()).toMatchObject({ error: { code: 'method_not_allowed' } });
  });

  it('compresses answers worth it, but sends one with an ETag as it is, so that the ETag stays strong', async () => {
    const gzip = { headers: { 'Accept-Encoding': 'gzip, deflate, br' } };
    const plan = await council.request('/api/v1/plan', gzip);
    expect(plan.headers.get('Content-Encoding')).toBe('gzip');
    expect(plan.headers.get('Vary')).toMatch(/Accept-Encoding/);
    expect(JSON.parse(gunzipSync(await plan.arrayBuffer()).toString())).toHaveProperty('areas');
    expect((await council.request('/api/v1/plan')).headers.get('Content-Encoding')).toBeNull();

    const measure = await council.request('/api/v1/measures/3.1', gzip);
    expect(measure.headers.get('Content-Encoding')).toBeNull();
    expect(measure.headers.get('ETag')).toMatch(/^"/);
  });

  it('describes itself as OpenAPI 3.1 and serves its reference from this server', async () => {
    const doc = (await (await t.request('/api/v1/openapi.json')).json()) as { openapi: string; info: { title: string } };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('Action Plan Tracker API');
    for (const asset of ['init.js', 'swagger-ui-bundle.js', 'swagger-ui.css']) {
      expect((await t.request(`/api/v1/docs/${asset}`)).status).toBe(200);
    }
    expect((await t.request('/api/v1/docs/package.json')).status).toBe(404);
    expect((await t.request('/api/v1/docs/..%2Fpackage.json')).status).toBe(404);
  });
});

describe('when something breaks on the server', () => {
  it('answers a JSON 500 without internals, and logs the error', async () => {
    const logger = { error: vi.fn() };
    const t = await createTestApp({ logger });
    const council = await t.signIn('council');
    await t.close();

    const res = await council.request('/api/v1/plan');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'internal_error', message: expect.any(String) } });
    expect(text).not.toMatch(/at .*\.ts|PGlite|closed/i);
    expect(logger.error).toHaveBeenCalledWith('GET /api/v1/plan failed', expect.any(Error));
  });
});

describe('the built app, served next to the API', () => {
  let t: TestApp;
  let distDir: string;
  const indexHtml = '<!doctype html><title>Action Plan Tracker</title><div id="root"></div>';
  beforeAll(async () => {
    distDir = await mkdtemp(join(tmpdir(), 'apt-dist-'));
    await mkdir(join(distDir, 'assets'));
    await writeFile(join(distDir, 'index.html'), indexHtml);
    await writeFile(join(distDir, 'assets', 'index-Ab12Cd34.js'), 'console.log("app")');
    await writeFile(join(distDir, 'assets', 'shell-Ef56Gh78.js'), 'console.log("the first page");\n'.repeat(100));
    await writeFile(join(distDir, 'robots.txt'), 'User-agent: *\n');
    t = await createTestApp({ distDir });
  });
  afterAll(async () => {
    await t?.close();
    await rm(distDir, { recursive: true, force: true });
  });

  it('opens at / and on reload of any client route, such as /measures/3.1', async () => {
    for (const path of ['/', '/measures/3.1', '/dashboard?area=2']) {
      const res = await t.request(path);
      expect(res.status).toBe(200);
      expectSecurityHeaders(res);
      expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
      expect(await res.text()).toBe(indexHtml);
    }
  });

  it('lets browsers keep hashed assets for good, but always recheck the page', async () => {
    const asset = await t.request('/assets/index-Ab12Cd34.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(asset);
    expectSecurityHeaders(await t.request('/assets/index-Old00000.js'));
    expect((await t.request('/measures/3.1')).headers.get('Cache-Control')).toBe('no-cache');
    expect(await (await t.request('/robots.txt')).text()).toBe('User-agent: *\n');
  });

  it('sends scripts of 1 KB and more compressed to a browser that accepts it', async () => {
    const script = await t.request('/assets/shell-Ef56Gh78.js', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(script.headers.get('Content-Encoding')).toBe('gzip');
    expect(script.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(gunzipSync(await script.arrayBuffer()).toString()).toBe('console.log("the first page");\n'.repeat(100));
    expect((await t.request('/assets/shell-Ef56Gh78.js')).headers.get('Content-Encoding')).toBeNull();
  });

  it('does not answer a missing asset or API path with the page', async () => {
    expect((await t.request('/assets/index-Old00000.js')).status).toBe(404);
    const api = await t.request('/api/v1/nope');
    expect(api.status).toBe(404);
    expect(api.headers.get('Content-Type')).toMatch(/^application\/json/);
  });
});
