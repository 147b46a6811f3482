import type { z } from 'zod';
import { ErrorBody } from './common.ts';
import { CreateDepartmentBody, Department, DepartmentList, DepartmentPathParams, UpdateDepartmentBody } from './departments.ts';
import { HealthStatus } from './health.ts';
import { AuditList, AuditQuery } from './audit.ts';
import {
  ActivityPathParams,
  ActivityUpdateBody,
  Measure,
  MeasureList,
  MeasureListQuery,
  MeasurePathParams,
  MeasureUpdateBody,
  PageQuery,
  ProgressUpdateList,
  ProgressUpdateResult,
  UpdateMeasureBody,
} from './measures.ts';
import { CreatePersonBody, Person, PersonList } from './people.ts';
import { StatusReport, StatusReportQuery } from './reports.ts';
import { ProgressHistory, ProgressHistoryQuery, StatsSummary } from './stats.ts';
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
  /**
   * A write that must name the version it was based on: without If-Match 428, with a stale one 412
   * and the current state in `details.current`. Checked after 404 and 403, before the rules that
   * depend on the current state.
   */
  ifMatch?: true;
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
const preconditionFailed = {
  description: 'If-Match names an older version: someone else changed it. details.current is the measure as it is now; ETag its version.',
  schema: ErrorBody,
};
const preconditionRequired = { description: 'If-Match is missing: a write must name the version (ETag) it was based on.', schema: ErrorBody };
const measureWriteErrors = {
  400: badRequest,
  401: unauthenticated,
  403: { description: 'The role may not change this measure (or not these fields), or the CSRF token is missing or wrong.', schema: ErrorBody },
  404: notFound,
  412: preconditionFailed,
  415: unsupportedMediaType,
  422: unprocessable,
  428: preconditionRequired,
} as const;

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
  updateMeasure: {
    method: 'patch',
    path: '/api/v1/measures/{code}',
    summary: 'Change owners, goals, dates, horizon and activity weights of a measure and its activities',
    tags: ['measures'],
    access: 'signed_in',
    params: MeasurePathParams,
    body: UpdateMeasureBody,
    ifMatch: true,
    headers: { 200: ['ETag'], 412: ['ETag'] },
    responses: { 200: { description: 'The measure as it is now; ETag its new version.', schema: Measure }, ...measureWriteErrors },
  },
  listMeasureUpdates: {
    method: 'get',
    path: '/api/v1/measures/{code}/updates',
    summary: 'Progress updates of a measure and its activities, newest first',
    tags: ['measures'],
    access: 'signed_in',
    params: MeasurePathParams,
    query: PageQuery,
    responses: { 200: { description: 'One page of the history.', schema: ProgressUpdateList }, 400: badRequest, 401: unauthenticated, 404: notFound },
  },
  createMeasureUpdate: {
    method: 'post',
    path: '/api/v1/measures/{code}/updates',
    summary: 'Write a progress update on a measure: phase, health, progress and what happened',
    tags: ['measures'],
    access: 'signed_in',
    params: MeasurePathParams,
    body: MeasureUpdateBody,
    ifMatch: true,
    headers: { 201: ['ETag'], 412: ['ETag'] },
    responses: { 201: { description: 'Recorded; the measure as it is now, ETag its new version.', schema: ProgressUpdateResult }, ...measureWriteErrors },
  },
  listActivityUpdates: {
    method: 'get',
    path: '/api/v1/activities/{code}/updates',
    summary: 'Progress updates of one activity, newest first',
    tags: ['measures'],
    access: 'signed_in',
    params: ActivityPathParams,
    query: PageQuery,
    responses: { 200: { description: 'One page of the history.', schema: ProgressUpdateList }, 400: badRequest, 401: unauthenticated, 404: notFound },
  },
  createActivityUpdate: {
    method: 'post',
    path: '/api/v1/activities/{code}/updates',
    summary: 'Write a progress update on an activity; If-Match is the ETag of its measure',
    tags: ['measures'],
    access: 'signed_in',
    params: ActivityPathParams,
    body: ActivityUpdateBody,
    ifMatch: true,
    headers: { 201: ['ETag'], 412: ['ETag'] },
    responses: { 201: { description: 'Recorded; the measure as it is now, ETag its new version.', schema: ProgressUpdateResult }, ...measureWriteErrors },
  },
  listAudit: {
    method: 'get',
    path: '/api/v1/audit',
    summary: 'Audit trail of a measure: every accepted write with old and new values, newest first',
    tags: ['measures'],
    access: 'signed_in',
    query: AuditQuery,
    responses: {
      200: { description: 'One page of the trail.', schema: AuditList },
      400: badRequest,
      401: unauthenticated,
      403: { description: 'Council members, and department heads for another department’s measure.', schema: ErrorBody },
      404: notFound,
    },
  },
  listPeople: {
    method: 'get',
    path: '/api/v1/people',
    summary: 'People who can be named as the responsible person of a lead',
    tags: ['people'],
    access: 'signed_in',
    responses: { 200: { description: 'Everyone, by name.', schema: PersonList }, 401: unauthenticated },
  },
  createPerson: {
    method: 'post',
    path: '/api/v1/people',
    summary: 'Add a responsible person (coordinators and admins)',
    tags: ['people'],
    access: 'signed_in',
    body: CreatePersonBody,
    responses: {
      201: { description: 'The new person.', schema: Person },
      400: badRequest,
      401: unauthenticated,
      403: forbidden,
      415: unsupportedMediaType,
      422: unprocessable,
    },
  },
  getStatsSummary: {
    method: 'get',
    path: '/api/v1/stats/summary',
    summary: 'Counts and progress of the measures per area, phase, health and lead department; overdue, stale and recently updated',
    tags: ['stats'],
    access: 'signed_in',
    responses: { 200: { description: 'The figures, computed in the database.', schema: StatsSummary }, 401: unauthenticated },
  },
  getProgressHistory: {
    method: 'get',
    path: '/api/v1/stats/progress-history',
    summary: 'Progress over time, overall and per area, from the update history',
    tags: ['stats'],
    access: 'signed_in',
    query: ProgressHistoryQuery,
    responses: {
      200: { description: 'One point per period, the state at the end of its last day.', schema: ProgressHistory },
      400: badRequest,
      401: unauthenticated,
    },
  },
  getStatusReport: {
    method: 'get',
    path: '/api/v1/reports/status',
    summary: 'The plan’s state as of a date (committee report), optionally for one department (department view)',
    tags: ['stats'],
    access: 'signed_in',
    query: StatusReportQuery,
    responses: { 200: { description: 'The report.', schema: StatusReport }, 400: badRequest, 401: unauthenticated },
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
