import type { Context } from 'hono';
import type { ValidationIssue } from '@/contract/common.ts';
import { errorBody, notFoundBody } from '@/lib/api-errors.ts';
import { auditRefusal } from '../auth/audit.ts';
import type { WriteRefusal } from '../db/measure-writes.ts';
import type { AppEnv } from './app-types.ts';
import { preconditionFailed, preconditionRequired } from './if-match.ts';

/** The 422 body for a write that breaks a rule of the current state: every issue, the first one in the message. */
export function issuesBody(issues: readonly ValidationIssue[]) {
  const first = issues[0];
  const message = first ? `Invalid field '${first.path.replace(/^body\./, '')}': ${first.message}` : 'Invalid body';
  return errorBody('validation_failed', message, issues);
}

/**
 * The answer to a write on a measure that was not made, in the order the contract gives:
 * 404, 403 (recorded as refused requests are), 428, 412 with the current state and its ETag, 422.
 */
export async function answerRefusedWrite(c: Context<AppEnv>, refusal: WriteRefusal, what: string) {
  switch (refusal.outcome) {
    case 'not_found':
      return c.json(notFoundBody(what), 404);
    case 'forbidden':
      await auditRefusal(c, 403, 'forbidden');
      return c.json(errorBody('forbidden', `Your role may not make this change to ${what.toLowerCase()}.`), 403);
    case 'precondition_required':
      return preconditionRequired(c);
    case 'precondition_failed':
      return preconditionFailed(c, refusal.current);
    case 'invalid':
      return c.json(issuesBody(refusal.issues), 422);
  }
}
