import { expect } from 'vitest';
import type { z } from 'zod';
import { ErrorBody, type ValidationIssue } from '@/contract/common.ts';
import { endpoints } from '@/contract/endpoints.ts';
import type { Caller, Target } from './targets.ts';

export type ContractCase = {
  name: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  /** A JSON or other body, sent as is. */
  body?: string;
  /** Who asks; the demo coordinator unless said. */
  as?: Caller;
  /** Send If-Match with this measure's current ETag, read just before the request. */
  ifMatchOf?: string;
  status: number;
  /** The body must parse with this schema. */
  schema?: z.ZodType;
  /** Further checks on the parsed body and the response. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case narrows the body to its own schema
  check?: (body: any, res: Response, target: Target, sent: Sent) => void | Promise<void>;
};

/** What the runner sent besides the case's own fields. */
export type Sent = { ifMatch?: string };

type Body<S extends z.ZodType> = z.infer<S>;
type Readable = 'getHealth' | 'getPlan' | 'listMeasures' | 'getMeasure' | 'listDepartments' | 'listMeasureUpdates' | 'listPeople';
export const ok = <N extends Readable>(name: N) => endpoints[name].responses[200].schema;

/** Names of the inputs a 400 body says are wrong, e.g. ['query.phase']. */
export const issuePaths = (body: Body<typeof ErrorBody>) => (body.error.details as ValidationIssue[] | undefined)?.map((d) => d.path) ?? [];

export const json = { 'content-type': 'application/json' };

export const badBody = (name: string, c: Omit<ContractCase, 'name' | 'status' | 'schema' | 'check'>, path: string, status = 422): ContractCase => ({
  name,
  ...c,
  status,
  schema: ErrorBody,
  check: (body: Body<typeof ErrorBody>) => {
    expect(body.error.code).toBe('validation_failed');
    expect(issuePaths(body)).toContain(path);
  },
});

export const refused = (name: string, c: Omit<ContractCase, 'name' | 'schema' | 'check'>, code: string): ContractCase => ({
  name,
  ...c,
  schema: ErrorBody,
  check: (body: Body<typeof ErrorBody>) => expect(body.error.code).toBe(code),
});
