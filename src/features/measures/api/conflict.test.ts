import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client.ts';
import { conflictOf } from './conflict.ts';

describe('the current measure of a lost write', () => {
  const current = { code: '3.1', etag: '"3.1-7"', activities: [] };

  it('is what a 412 carries', () => {
    expect(conflictOf(new ApiError(412, 'precondition_failed', 'changed meanwhile', { current }))).toBe(current);
  });

  it('is nothing for any other refusal, or a 412 without it', () => {
    expect(conflictOf(new ApiError(422, 'validation_failed', 'invalid', { current }))).toBeNull();
    expect(conflictOf(new ApiError(412, 'precondition_failed', 'changed meanwhile'))).toBeNull();
    expect(conflictOf(new Error('network'))).toBeNull();
  });
});
