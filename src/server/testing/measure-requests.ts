import type { Measure } from '@/contract/measures.ts';
import type { TestClient } from './test-app.ts';

/** A measure as GET /measures/{code} sends it, with its ETag. */
export async function measureOf(client: TestClient, code: string): Promise<{ measure: Measure; etag: string }> {
  const res = await client.request(`/api/v1/measures/${code}`);
  if (res.status !== 200) throw new Error(`GET /api/v1/measures/${code} answered ${res.status}: ${await res.text()}`);
  return { measure: (await res.json()) as Measure, etag: res.headers.get('ETag') ?? '' };
}

/** A write as the app sends it: JSON, in the client's session, with If-Match when given. */
export function writeAs(client: TestClient, method: 'POST' | 'PATCH', path: string, body: unknown, ifMatch?: string): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (ifMatch !== undefined) headers['If-Match'] = ifMatch;
  return client.request(path, { method, headers, body: JSON.stringify(body) });
}

/** A write based on the version the client reads first, as a form loaded just now would send it. */
export async function writeCurrent(client: TestClient, method: 'POST' | 'PATCH', path: string, body: unknown, measureCode: string): Promise<Response> {
  return writeAs(client, method, path, body, (await measureOf(client, measureCode)).etag);
}
