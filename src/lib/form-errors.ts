import type { ValidationIssue } from '@/contract/common.ts';
import { isApiError } from './api-client.ts';

/** What went wrong with a form that is not any one field's fault, as a key the form words in its language. */
export type FormProblem = 'forbidden' | 'csrf_failed' | 'not_found' | 'unreachable' | 'server' | 'invalid';

export type FormErrors<F extends string> = {
  /** Field name (a body path such as "name.de") to the reason's code: a zod issue code, the server's own, or "conflict". */
  fields: Partial<Record<F, string>>;
  problem: FormProblem | null;
};

export const noFormErrors = { fields: {}, problem: null } as const;

const issuesOf = (details: unknown): ValidationIssue[] =>
  Array.isArray(details) ? details.filter((d): d is ValidationIssue => typeof d === 'object' && d !== null && 'path' in d && 'code' in d) : [];

/**
 * Sorts an API error into the fields it names (a 422's details, by body path) and what is left.
 * A 409 is the fault of the form's unique field. The server's English message is never shown:
 * forms word each field's code in the user's language.
 */
export function formErrorsFrom<F extends string>(error: unknown, fields: readonly F[], conflictField?: F): FormErrors<F> {
  if (!isApiError(error)) return { fields: {}, problem: 'server' };
  if (error.status === 409 && conflictField) return { fields: { [conflictField]: 'conflict' } as Partial<Record<F, string>>, problem: null };
  if (error.status === 422 || error.status === 400) {
    const found: Partial<Record<F, string>> = {};
    for (const issue of issuesOf(error.details)) {
      const field = fields.find((f) => issue.path === `body.${f}`);
      if (field && found[field] === undefined) found[field] = issue.code;
    }
    return { fields: found, problem: Object.keys(found).length > 0 ? null : 'invalid' };
  }
  if (error.code === 'csrf_failed') return { fields: {}, problem: 'csrf_failed' };
  if (error.status === 403) return { fields: {}, problem: 'forbidden' };
  if (error.status === 404) return { fields: {}, problem: 'not_found' };
  if (error.status === 0) return { fields: {}, problem: 'unreachable' };
  return { fields: {}, problem: 'server' };
}

/** The first field with a problem, in the form's order: where focus goes so the user can fix it. */
export const firstInvalid = <F extends string>(fields: readonly F[], errors: Partial<Record<F, string>>): F | undefined =>
  fields.find((f) => errors[f] !== undefined);
