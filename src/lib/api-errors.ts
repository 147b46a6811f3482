import type { z } from 'zod';
import type { ErrorBody, ValidationIssue } from '@/contract/common.ts';

export type InputLocation = 'query' | 'params' | 'body' | 'headers';

/**
 * The API's 400/422 body for input that failed the contract: one issue per problem, naming the
 * parameter or field and why. Server and mocks both answer with this, so they cannot drift.
 */
export function validationErrorBody(location: InputLocation, error: z.ZodError): ErrorBody {
  const what = location === 'query' ? 'query parameter' : location === 'params' ? 'path parameter' : location === 'body' ? 'field' : 'header';
  const details: ValidationIssue[] = error.issues.flatMap((issue): ValidationIssue[] => {
    const path = [location, ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: `${path}.${key}`, code: issue.code, message: `not a ${what} of this endpoint` }));
    }
    return [{ path, code: issue.code, message: issue.message }];
  });
  const first = details[0];
  const name = first ? first.path.slice(location.length + 1) || location : location;
  const message = first ? `Invalid ${what} '${name}': ${first.message}` : `Invalid ${location}`;
  return { error: { code: 'validation_failed', message, details } };
}

export function errorBody(code: string, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

export const notFoundBody = (what: string) => errorBody('not_found', `${what} not found`);
