import type { Context } from 'hono';
import type { Measure } from '@/contract/measures.ts';
import { errorBody } from '@/lib/api-errors.ts';
import type { AppEnv } from './app-types.ts';

/**
 * Whether an If-Match header names a version at all. `*` ("any version") does not: accepting it
 * would let a client overwrite whatever another person wrote meanwhile, which is the lost update
 * If-Match is here to prevent.
 */
export function namesVersion(ifMatch: string | undefined): ifMatch is string {
  return ifMatch !== undefined && ifMatch.trim() !== '' && ifMatch.trim() !== '*';
}

/** If-Match compares strongly (RFC 9110, 13.1.1): a weak W/ tag never matches. */
export function ifMatchAccepts(ifMatch: string, etag: string): boolean {
  return ifMatch.split(',').some((tag) => tag.trim() === etag);
}

/** 428: a write that does not say which version it was based on. */
export function preconditionRequired(c: Context<AppEnv>) {
  return c.json(
    errorBody('precondition_required', 'Send If-Match with the ETag of the version this change is based on, so that no one else’s change is overwritten.'),
    428,
  );
}

/** 412: someone else changed the measure first. The current state and its ETag, so the client can show what changed and apply its change again on top. */
export function preconditionFailed(c: Context<AppEnv>, current: { measure: Measure; etag: string }) {
  c.header('ETag', current.etag);
  return c.json(
    errorBody('precondition_failed', `Measure ${current.measure.code} has changed since you loaded it; details.current is how it is now.`, { current: current.measure }),
    412,
  );
}
