import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// Bytes, not seconds: the same build always weighs the same, so this budget can live in the tests.
const dist = join(import.meta.dirname, '../../dist');

describe('the production build the end-to-end tests run against', () => {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const firstPageScripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);

  it('paints the first page with at most 130 KB of gzipped JavaScript', () => {
    expect(firstPageScripts.length).toBeGreaterThan(0);
    const bytes = firstPageScripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0);
    expect(bytes).toBeLessThanOrEqual(130_000);
  });

  it('ships neither the mock API nor its worker, nor zod, to the browser', () => {
    expect(existsSync(join(dist, 'mockServiceWorker.js'))).toBe(false);
    const scripts = readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(firstPageScripts.length);
    for (const file of scripts) {
      const code = readFileSync(join(dist, 'assets', file), 'utf8');
      expect(code, file).not.toMatch(/setupWorker|ZodError|\$ZodType|MSW/);
    }
  });
});
