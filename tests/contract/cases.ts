import { expect } from 'vitest';
import type { z } from 'zod';
import { ErrorBody, type ValidationIssue } from '@/contract/common.ts';
import { endpoints, type ResponseOf } from '@/contract/endpoints.ts';
import type { Target } from './targets.ts';

export type ContractCase = {
  name: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  status: number;
  /** The body must parse with this schema. */
  schema?: z.ZodType;
  /** Further checks on the parsed body and the response. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case narrows the body to its own schema
  check?: (body: any, res: Response, target: Target) => void | Promise<void>;
};

type Body<S extends z.ZodType> = z.infer<S>;
const ok = <N extends keyof typeof endpoints>(name: N) => endpoints[name].responses[200].schema;

/** Names of the inputs a 400 body says are wrong, e.g. ['query.phase']. */
export const issuePaths = (body: Body<typeof ErrorBody>) => (body.error.details as ValidationIssue[] | undefined)?.map((d) => d.path) ?? [];

const measureCodes = ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3'];

const listOf = (query: string, codes: string[]): ContractCase => ({
  name: `GET /measures?${query} lists ${codes.length ? codes.join(', ') : 'nothing'}`,
  path: `/api/v1/measures?${query}`,
  status: 200,
  schema: ok('listMeasures'),
  check: (body: ResponseOf<'listMeasures'>) => expect(body.map((m) => m.code)).toEqual(codes),
});

const badQuery = (query: string, path: string): ContractCase => ({
  name: `GET /measures?${query} is a 400 naming ${path}`,
  path: `/api/v1/measures?${query}`,
  status: 400,
  schema: ErrorBody,
  check: (body: Body<typeof ErrorBody>) => {
    expect(body.error.code).toBe('validation_failed');
    expect(issuePaths(body)).toContain(path);
    expect(body.error.message).toMatch(new RegExp(path.split('.').pop() as string));
  },
});

export const cases: ContractCase[] = [
  {
    name: 'GET /health says the server is up and which database it uses',
    path: '/api/v1/health',
    status: 200,
    schema: ok('getHealth'),
    check: (body: ResponseOf<'getHealth'>, _res, target) => {
      expect(body.status).toBe('ok');
      if (target.database) expect(body.database).toBe(target.database);
    },
  },
  {
    name: 'GET /plan has the whole plan: 3 goals, 4 areas, 13 measures, 31 activities, verbatim in both languages',
    path: '/api/v1/plan',
    status: 200,
    schema: ok('getPlan'),
    check: (plan: ResponseOf<'getPlan'>) => {
      expect(plan.title).toEqual({ de: 'Hannover – internationale Stadt', en: 'Hannover – International City' });
      expect(plan.goals.map((g) => g.code)).toEqual(['1', '2', '3']);
      expect(plan.areas.map((a) => a.code)).toEqual(['1', '2', '3', '4']);
      expect(plan.areas[2]?.shortTitle.de).toBe('Internationale Profilierung und Attraktivität');
      const measures = plan.areas.flatMap((a) => a.measures);
      expect(measures.map((m) => m.code)).toEqual(measureCodes);
      expect(measures.flatMap((m) => m.activities)).toHaveLength(31);
      const m12 = measures.find((m) => m.code === '1.2');
      expect(m12?.activities.map((a) => a.title.en)).toEqual(['Participation in European/international networks', 'membership of EUROCITIES']);
      expect(m12?.activities.map((a) => a.code)).toEqual(['1.2.1', '1.2.2']);
      expect(plan.reportingIntervalDays).toBe(90);
      // A fresh plan: nothing started, nothing assigned, and that is visible rather than an error.
      expect(measures.every((m) => m.phase === 'not_started' && m.health === null && m.progress === 0 && m.lead === null)).toBe(true);
      expect(plan.progress).toBe(0);
    },
  },
  listOf('', measureCodes),
  listOf('area=3', ['3.1', '3.2', '3.3', '3.4']),
  listOf('area=9', []),
  listOf('phase=not_started', measureCodes),
  listOf('phase=completed', []),
  listOf('health=at_risk', []),
  listOf('department=international-affairs', []),
  listOf('q=eurocities', ['1.2']),
  listOf('q=st%C3%A4dtepartnerschaften', ['1.1', '4.1']),
  listOf('q=Welcoming%20culture', ['3.3']),
  listOf('q=%25', []),
  listOf('area=2&q=datenbank', ['2.1']),
  {
    name: 'GET /measures lists summaries with owners and progress, without activities',
    path: '/api/v1/measures?area=1',
    status: 200,
    schema: ok('listMeasures'),
    check: (body: ResponseOf<'listMeasures'>) => {
      expect(body[0]).toMatchObject({ code: '1.1', areaCode: '1', lead: null, contributors: [], activityCount: 2, progressSource: 'computed' });
      expect('activities' in (body[0] ?? {})).toBe(false);
    },
  },
  badQuery('phase=bogus', 'query.phase'),
  badQuery('health=green', 'query.health'),
  badQuery('area=three', 'query.area'),
  badQuery('department=Not%20An%20Id', 'query.department'),
  badQuery('colour=red', 'query.colour'),
  {
    name: 'GET /measures/3.1 has its 5 activities and an ETag that stays while nothing changes',
    path: '/api/v1/measures/3.1',
    status: 200,
    schema: ok('getMeasure'),
    check: async (m: ResponseOf<'getMeasure'>, res, target) => {
      expect(m.code).toBe('3.1');
      expect(m.title).toEqual({ de: 'Attraktives internationales Profil', en: 'Attractive international profile' });
      expect(m.activities.map((a) => a.code)).toEqual(['3.1.1', '3.1.2', '3.1.3', '3.1.4', '3.1.5']);
      expect(m.activityCount).toBe(5);
      const etag = res.headers.get('etag');
      expect(etag).toMatch(/^"[^"]+"$/);
      const again = await target.request('/api/v1/measures/3.1');
      expect(again.headers.get('etag')).toBe(etag);
      const other = await target.request('/api/v1/measures/3.2');
      expect(other.headers.get('etag') === etag).toBe(false);
    },
  },
  {
    name: 'GET /measures/9.9 is a 404 for a measure that does not exist',
    path: '/api/v1/measures/9.9',
    status: 404,
    schema: ErrorBody,
    check: (body: Body<typeof ErrorBody>) => {
      expect(body.error.code).toBe('not_found');
      expect(body.error.message).toMatch(/9\.9/);
    },
  },
  {
    name: 'GET /measures/not-a-code is a 400 naming the path parameter',
    path: '/api/v1/measures/not-a-code',
    status: 400,
    schema: ErrorBody,
    check: (body: Body<typeof ErrorBody>) => expect(issuePaths(body)).toContain('params.code'),
  },
  {
    name: 'GET /departments lists the 7 departments the plan names, in both languages',
    path: '/api/v1/departments',
    status: 200,
    schema: ok('listDepartments'),
    check: (body: ResponseOf<'listDepartments'>) => {
      expect(body).toHaveLength(7);
      expect(body.find((d) => d.id === 'international-affairs')?.name).toEqual({
        de: 'Büro für internationale Angelegenheiten',
        en: 'International Affairs Office',
      });
    },
  },
  {
    name: 'an unknown API route is a JSON 404',
    path: '/api/v1/no-such-thing',
    status: 404,
    schema: ErrorBody,
    check: (body: Body<typeof ErrorBody>) => expect(body.error.code).toBe('not_found'),
  },
];
