import type { Measure } from '@/contract/measures.ts';
import { isApiError } from '@/lib/api-client.ts';

/**
 * The measure as it is now, when a write was refused because someone else changed it first
 * (412: the API sends the current state in `details.current`); otherwise null.
 */
export function conflictOf(error: unknown): Measure | null {
  if (!isApiError(error) || error.status !== 412) return null;
  const details = error.details;
  const current: unknown = typeof details === 'object' && details !== null && 'current' in details ? details.current : null;
  // The contract types details.current as a Measure; these checks only guard against an answer without one.
  if (typeof current !== 'object' || current === null || !('code' in current) || !('etag' in current) || !('activities' in current)) return null;
  return current as Measure;
}
