import type { z } from 'zod';
import { ErrorBody } from './common.ts';
import { CreateDepartmentBody, Department, DepartmentList, DepartmentPathParams, UpdateDepartmentBody } from './departments.ts';
import { HealthStatus } from './health.ts';
import { Measure, MeasureList, MeasureListQuery, MeasurePathParams } from './measures.ts';
import { Plan } from './plan.ts';
import { LoginBody, Session } from './session.ts';
import { CreateUserBody, ResetPasswordBody, UpdateUserBody, User, UserList, UserPathParams } from './users.ts';

export type Endpoint = {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** OpenAPI-style path, parameters in braces: /api/v1/measures/{code}. */
  path: string;
  summary: string;
  tags: string[];
  /**
   * Who may call it: anyone, anyone signed in, or admins only. Finer rules (a department head and
   * their department's measures) are the server's; the permission matrix test checks every cell.
   */
  access: 'public' | 'signed_in' | 'admin';
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** JSON request body; a body that fails it is a 422 naming the field. */
  body?: z.ZodType;
  /** Response headers the client can rely on, by status. */
  headers?: Record<number, string[]>;
  /** By status; no schema means no body (204). */
  responses: Record<number, { description: string; schema?: z.ZodType }>;
};

const badRequest = { description: 'A parameter is malformed, or the body is not valid JSON; details name it and say why.', schema: ErrorBody };
const notFound = { description: 'No such thing.', schema: ErrorBody };
const unauthenticated = { description: 'Not signed in, or the session has ended.', schema: ErrorBody };
const forbidden = { description: 'The role may not do this, or the CSRF token is missing or wrong.', schema: ErrorBody };
const unsupportedMediaType = { description: 'The body is not JSON.', schema: ErrorBody };
const unprocessable = { description: 'A field is invalid or not accepted; details name it and say why.', schema: ErrorBody };

/** Every endpoint of the API. The server, the mocks and the contract tests are built from this table. */
export const endpoints = {
  getHealth: {
    method: 'get',
    path: '/api/v1/health',
    summary: 'Liveness and which database the server runs on',
    tags: ['system'],
    access: 'public',
    responses: { 200: { description: 'The server is up.', schema: HealthStatus } },
  },
  getPlan: {
    method: 'get',
    path: '/api/v1/plan',
    summary: 'The whole plan: goals, Areas of Action, measures and activities with their state',
    tags: ['plan'],
    access: 'signed_in',
    responses: { 200: { description: 'The plan.', schema: Plan }, 401: unauthenticated },
  },
  listMeasures: {
    method: 'get',
    path: '/api/v1/measures',
    summary: 'Measures, optionally filtered',
    tags: ['measures'],
    access: 'signed_in',
    query: MeasureListQuery,
    responses: { 200: { description: 'Matching measures, in code order.', schema: MeasureList }, 400: badRequest, 401: unauthenticated },
  },
  getMeasure: {
    method: 'get',
    path: '/api/v1/measures/{code}',
    summary: 'One measure with its activities',
    tags: ['measures'],
    access: 'signed_in',
    params: MeasurePathParams,
    headers: { 200: ['ETag'] },
    responses: { 200: { description: 'The measure; ETag identifies this version.', schema: Measure }, 400: badRequest, 401: unauthenticated, 404: notFound },
  },
  listDepartments: {
    method: 'get',
    path: '/api/v1/departments',
    summary: 'Departments that can lead or contribute to measures',
    tags: ['departments'],
    access: 'signed_in',
    responses: { 200: { description: 'All departments.', schema: DepartmentList }, 401: unauthenticated },
  },
  createSession: {
    method: 'post',
    path: '/api/v1/session',
    summary: 'Sign in: starts a session (HttpOnly cookie) and returns the user and the CSRF token',
    tags: ['session'],
    access: 'public',
    body: LoginBody,
    responses: {
      400: badRequest,
      200: { description: 'Signed in; a new session cookie is set.', schema: Session },
      401: { description: 'Unknown user, wrong password or disabled account: always the same answer.', schema: ErrorBody },
      415: unsupportedMediaType,
      422: unprocessable,
      429: { description: 'Too many failed attempts for this username from this address; see Retry-After.', schema: ErrorBody },
    },
  },
  getSession: {
    method: 'get',
    path: '/api/v1/session',
    summary: 'Who is signed in, with the CSRF token for state-changing requests',
    tags: ['session'],
    access: 'signed_in',
    responses: { 200: { description: 'The current session.', schema: Session }, 401: unauthenticated },
  },
  deleteSession: {
    method: 'delete',
    path: '/api/v1/session',
    summary: 'Sign out: ends the session on the server',
    tags: ['session'],
    access: 'signed_in',
    responses: { 204: { description: 'Signed out; the cookie is cleared.' }, 401: unauthenticated, 403: forbidden },
  },
  listUsers: {
    method: 'get',
    path: '/api/v1/users',
    summary: 'All accounts (admin)',
    tags: ['administration'],
    access: 'admin',
    responses: { 200: { description: 'All accounts, by username.', schema: UserList }, 401: unauthenticated, 403: forbidden },
  },
  createUser: {
    method: 'post',
    path: '/api/v1/users',
    summary: 'Create an account (admin)',
    tags: ['administration'],
    access: 'admin',
    body: CreateUserBody,
    responses: {
      400: badRequest,
      201: { description: 'The new account.', schema: User },
      401: unauthenticated,
      403: forbidden,
      409: { description: 'The username is taken.', schema: ErrorBody },
      415: unsupportedMediaType,
      422: unprocessable,
    },
  },
  updateUser: {
    method: 'patch',
    path: '/api/v1/users/{id}',
    summary: 'Change an account’s name, role, department or disabled flag (admin); disabling ends its sessions',
    tags: ['administration'],
    access: 'admin',
    params: UserPathParams,
    body: UpdateUserBody,
    responses: {
      200: { description: 'The account as it is now.', schema: User },
      400: badRequest,
      401: unauthenticated,
      403: forbidden,
      404: notFound,
      415: unsupportedMediaType,
      422: unprocessable,
    },
  },
  resetUserPassword: {
    method: 'post',
    path: '/api/v1/users/{id}/password',
    summary: 'Set a new password for an account (admin); ends its sessions',
    tags: ['administration'],
    access: 'admin',
    params: UserPathParams,
    body: ResetPasswordBody,
    responses: {
      204: { description: 'The password is changed.' },
      400: badRequest,
      401: unauthenticated,
      403: forbidden,
      404: notFound,
      415: unsupportedMediaType,
      422: unprocessable,
    },
  },
  createDepartment: {
    method: 'post',
    path: '/api/v1/departments',
    summary: 'Add a department (admin)',
    tags: ['administration'],
    access: 'admin',
    body: CreateDepartmentBody,
    responses: {
      400: badRequest,
      201: { description: 'The new department.', schema: Department },
      401: unauthenticated,
      403: forbidden,
      409: { description: 'A department with this id exists.', schema: ErrorBody },
      415: unsupportedMediaType,
      422: unprocessable,
    },
  },
  updateDepartment: {
    method: 'patch',
    path: '/api/v1/departments/{id}',
    summary: 'Rename a department (admin)',
    tags: ['administration'],
    access: 'admin',
    params: DepartmentPathParams,
    body: UpdateDepartmentBody,
    responses: {
      200: { description: 'The department as it is now.', schema: Department },
      400: badRequest,
      401: unauthenticated,
      403: forbidden,
      404: notFound,
      415: unsupportedMediaType,
      422: unprocessable,
    },
  },
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof endpoints;

/** The JSON body of an endpoint's response with the given status. */
export type ResponseOf<N extends EndpointName, S extends number = 200> = (typeof endpoints)[N]['responses'] extends Record<
  S,
  { schema: infer T extends z.ZodType }
>
  ? z.infer<T>
  : never;

/** The JSON body an endpoint accepts. */
export type BodyOf<N extends EndpointName> = (typeof endpoints)[N] extends { body: infer T extends z.ZodType } ? z.input<T> : never;
