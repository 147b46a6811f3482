import { beforeEach, describe, expect, it } from 'vitest';
import { demoPassword } from '@/lib/demo-data.ts';
import type { MeasureFilters } from './get-measures.ts';
import { getMeasure } from './get-measure.ts';
import { getMeasures } from './get-measures.ts';
import { ApiError, apiSend } from '@/lib/api-client.ts';

describe('the measures API, as the app calls it (answered by the mocks)', () => {
  beforeEach(async () => {
    await apiSend('post', '/api/v1/session', { body: { username: 'council', password: demoPassword } });
  });

  it('filters by area and by text', async () => {
    const measures = await getMeasures({ filters: { area: '2', q: 'datenbank' } });
    expect(measures.map((m) => m.code)).toEqual(['2.1']);
  });

  it('refuses an unknown phase with a 400 that names query.phase', async () => {
    // Deliberately outside the contract's type, as a hand-edited URL would be.
    const filters = { phase: 'bogus' } as unknown as MeasureFilters;
    const error = await getMeasures({ filters }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed' });
    expect((error as ApiError).details).toEqual([expect.objectContaining({ path: 'query.phase', code: 'invalid_value' })]);
  });

  it('answers 404 for a measure that does not exist, and sends an ETag for one that does', async () => {
    await expect(getMeasure({ code: '9.9' })).rejects.toMatchObject({ status: 404, code: 'not_found', message: 'Measure 9.9 not found' });

    // The session cookie is the browser's to send, as the app's own requests do.
    const response = await fetch(new URL('/api/v1/measures/3.1', window.location.origin), { credentials: 'same-origin' });
    expect(response.headers.get('etag')).toBe('"3.1-1"');
  });
});
