import type { z } from 'zod';
import { ErrorBody } from './common.ts';
import { DepartmentList } from './departments.ts';
import { HealthStatus } from './health.ts';
import { Measure, MeasureList, MeasureListQuery, MeasurePathParams } from './measures.ts';
import { Plan } from './plan.ts';

export type Endpoint = {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** OpenAPI-style path, parameters in braces: /api/v1/measures/{code}. */
  path: string;
  summary: string;
  tags: string[];
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Response headers the client can rely on, by status. */
  headers?: Record<number, string[]>;
  responses: Record<number, { description: string; schema: z.ZodType }>;
};

const badRequest = { description: 'A parameter is malformed; details name it and say why.', schema: ErrorBody };
const notFound = { description: 'No such thing.', schema: ErrorBody };

/** Every endpoint of the API. The server, the mocks and the contract tests are built from this table. */
export const endpoints = {
  getHealth: {
    method: 'get',
    path: '/api/v1/health',
    summary: 'Liveness and which database the server runs on',
    tags: ['system'],
    responses: { 200: { description: 'The server is up.', schema: HealthStatus } },
  },
  getPlan: {
    method: 'get',
    path: '/api/v1/plan',
    summary: 'The whole plan: goals, Areas of Action, measures and activities with their state',
    tags: ['plan'],
    responses: { 200: { description: 'The plan.', schema: Plan } },
  },
  listMeasures: {
    method: 'get',
    path: '/api/v1/measures',
    summary: 'Measures, optionally filtered',
    tags: ['measures'],
    query: MeasureListQuery,
    responses: { 200: { description: 'Matching measures, in code order.', schema: MeasureList }, 400: badRequest },
  },
  getMeasure: {
    method: 'get',
    path: '/api/v1/measures/{code}',
    summary: 'One measure with its activities',
    tags: ['measures'],
    params: MeasurePathParams,
    headers: { 200: ['ETag'] },
    responses: { 200: { description: 'The measure; ETag identifies this version.', schema: Measure }, 400: badRequest, 404: notFound },
  },
  listDepartments: {
    method: 'get',
    path: '/api/v1/departments',
    summary: 'Departments that can lead or contribute to measures',
    tags: ['departments'],
    responses: { 200: { description: 'All departments.', schema: DepartmentList } },
  },
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof endpoints;

/** The JSON body of an endpoint's response with the given status. */
export type ResponseOf<N extends EndpointName, S extends keyof (typeof endpoints)[N]['responses'] = 200> =
  (typeof endpoints)[N]['responses'][S] extends { schema: infer T extends z.ZodType } ? z.infer<T> : never;
