import { expect } from 'vitest';
import { ErrorBody, type ValidationIssue } from '@/contract/common.ts';
import { endpoints, type ResponseOf } from '@/contract/endpoints.ts';
import type { Measure } from '@/contract/measures.ts';
import { type ContractCase, json, ok, refused } from './case-helpers.ts';
import type { Target } from './targets.ts';

/**
 * Coordinators at work: progress updates, owners, No lost update (428/412), bad input (422),
 * history and audit trail. They run after the read cases, on the same target, in this order:
 * each scenario uses measures of its own, so that the read cases' fresh plan stays as it was.
 */

type ErrorJson = { error: { code: string; message: string; details?: unknown } };
const issuesOf = (body: ErrorJson) => (body.error.details ?? []) as ValidationIssue[];

const measureOf = async (target: Target, code: string) => {
  const res = await target.request(`/api/v1/measures/${code}`);
  return { measure: (await res.json()) as Measure, etag: res.headers.get('etag') ?? '' };
};

/** A write with a current If-Match, as the coordinator unless said. */
const post = (path: string, body: unknown, ifMatchOf: string, extra: Partial<ContractCase> = {}) => ({
  method: 'POST',
  path,
  headers: json,
  body: typeof body === 'string' ? body : JSON.stringify(body),
  ifMatchOf,
  ...extra,
});
const patch = (code: string, body: unknown, extra: Partial<ContractCase> = {}) => ({
  method: 'PATCH',
  path: `/api/v1/measures/${code}`,
  headers: json,
  body: JSON.stringify(body),
  ifMatchOf: code,
  ...extra,
});

/** A 422 naming the field and the reason, after which the measure is exactly as before. */
const rejected = (name: string, c: Omit<ContractCase, 'name' | 'status' | 'schema' | 'check'>, path: string, code?: string): ContractCase => ({
  name,
  ...c,
  status: 422,
  schema: ErrorBody,
  check: async (body: ErrorJson, _res, target, sent) => {
    expect(body.error.code).toBe('validation_failed');
    const issue = issuesOf(body).find((i) => i.path === path);
    expect(issue, JSON.stringify(body)).toBeDefined();
    if (code) expect(issue?.code).toBe(code);
    if (c.ifMatchOf) expect((await measureOf(target, c.ifMatchOf)).etag).toBe(sent.ifMatch);
  },
});

const narrative11k = 'x'.repeat(10_001);

export const writeCases: ContractCase[] = [
  // No lost update
  {
    name: 'POST /measures/3.1/updates without If-Match is a 428, and nothing changes',
    method: 'POST',
    path: '/api/v1/measures/3.1/updates',
    headers: json,
    body: JSON.stringify({ phase: 'in_progress', narrative: 'Ohne Version' }),
    status: 428,
    schema: ErrorBody,
    check: async (body: ErrorJson, _res, target) => {
      expect(body.error.code).toBe('precondition_required');
      expect((await measureOf(target, '3.1')).measure.phase).toBe('not_started');
    },
  },
  {
    name: 'POST /measures/3.1/updates with a stale If-Match is a 412 with the current state and its ETag',
    method: 'POST',
    path: '/api/v1/measures/3.1/updates',
    headers: { ...json, 'if-match': '"0-0-0"' },
    body: JSON.stringify({ phase: 'in_progress', narrative: 'Veraltet' }),
    status: 412,
    schema: ErrorBody,
    check: async (body: ErrorJson, res, target) => {
      expect(body.error.code).toBe('precondition_failed');
      const current = endpoints.getMeasure.responses[200].schema.parse((body.error.details as { current: unknown }).current);
      const now = await measureOf(target, '3.1');
      expect(current).toEqual(now.measure);
      expect(res.headers.get('etag')).toBe(now.etag);
      expect(now.measure.phase).toBe('not_started');
    },
  },
  {
    name: 'PATCH /measures/2.1 without If-Match is a 428',
    method: 'PATCH',
    path: '/api/v1/measures/2.1',
    headers: json,
    body: JSON.stringify({ horizon: 'short' }),
    status: 428,
    schema: ErrorBody,
    check: (body: ErrorJson) => expect(body.error.code).toBe('precondition_required'),
  },

  // Progress updates
  {
    name: 'POST /measures/3.1/updates sets phase and health with a narrative, in the history and the audit trail',
    ...post('/api/v1/measures/3.1/updates', { phase: 'in_progress', health: 'at_risk', narrative: 'Personalengpass im Sommer' }, '3.1'),
    status: 201,
    schema: endpoints.createMeasureUpdate.responses[201].schema,
    check: async (body: ResponseOf<'createMeasureUpdate', 201>, res, target, sent) => {
      expect(body.measure).toMatchObject({ code: '3.1', phase: 'in_progress', health: 'at_risk', progressSource: 'computed', stale: false });
      expect(body.measure.lastUpdateAt).toBe(body.update.at);
      expect(body.update).toMatchObject({
        measureCode: '3.1',
        activityCode: null,
        author: { username: 'coordinator' },
        narrative: 'Personalengpass im Sommer',
        phase: 'in_progress',
        health: 'at_risk',
      });
      expect(body.update.changes).toEqual(
        expect.arrayContaining([
          { field: 'phase', from: 'not_started', to: 'in_progress' },
          { field: 'health', from: null, to: 'at_risk' },
        ]),
      );
      const etag = res.headers.get('etag');
      expect(etag).not.toBe(sent.ifMatch);
      expect(body.measure.etag).toBe(etag);
      const now = await measureOf(target, '3.1');
      expect(now.etag).toBe(etag);
      expect(now.measure).toEqual(body.measure);

      const history = (await (await target.request('/api/v1/measures/3.1/updates')).json()) as ResponseOf<'listMeasureUpdates'>;
      expect(history.total).toBe(1);
      expect(history.items).toEqual([body.update]);

      const audit = (await (await target.request('/api/v1/audit?measure=3.1')).json()) as ResponseOf<'listAudit'>;
      expect(endpoints.listAudit.responses[200].schema.safeParse(audit).success).toBe(true);
      expect(audit.total).toBe(1);
      expect(audit.items[0]).toMatchObject({ actorUsername: 'coordinator', action: 'measure.progress_reported', measureCode: '3.1', activityCode: null });
      expect(audit.items[0]?.changes).toEqual(expect.arrayContaining([{ field: 'phase', from: 'not_started', to: 'in_progress' }]));

      // The same write again on the version it was based on has lost: 412, and still one entry.
      const again = await target.request('/api/v1/measures/3.1/updates', {
        method: 'POST',
        headers: { ...json, 'if-match': sent.ifMatch ?? '' },
        body: JSON.stringify({ phase: 'on_hold', narrative: 'Zweiter Versuch' }),
      });
      expect(again.status).toBe(412);
      expect(((await (await target.request('/api/v1/measures/3.1/updates')).json()) as ResponseOf<'listMeasureUpdates'>).total).toBe(1);
    },
  },
  {
    name: 'POST /activities/3.1.2/updates changes the activity and the measure’s computed progress',
    ...post('/api/v1/activities/3.1.2/updates', { phase: 'in_progress', progress: 40, narrative: '' }, '3.1'),
    status: 201,
    schema: endpoints.createActivityUpdate.responses[201].schema,
    check: async (body: ResponseOf<'createActivityUpdate', 201>, _res, target) => {
      expect(body.update).toMatchObject({ measureCode: '3.1', activityCode: '3.1.2', phase: 'in_progress', progress: 40 });
      expect(body.measure.activities.find((a) => a.code === '3.1.2')).toMatchObject({ phase: 'in_progress', progress: 40 });
      // Five activities of equal weight: 40 / 5.
      expect(body.measure).toMatchObject({ progress: 8, progressSource: 'computed' });
      const own = (await (await target.request('/api/v1/activities/3.1.2/updates')).json()) as ResponseOf<'listActivityUpdates'>;
      expect(own.items.map((u) => u.activityCode)).toEqual(['3.1.2']);
      const all = (await (await target.request('/api/v1/measures/3.1/updates')).json()) as ResponseOf<'listMeasureUpdates'>;
      expect(all.items.map((u) => u.activityCode)).toEqual(['3.1.2', null]);
      expect(all.total).toBe(2);
      const paged = (await (await target.request('/api/v1/measures/3.1/updates?limit=1&offset=1')).json()) as ResponseOf<'listMeasureUpdates'>;
      expect(paged).toMatchObject({ total: 2, items: [{ activityCode: null }] });
      const audit = (await (await target.request('/api/v1/audit?measure=3.1')).json()) as ResponseOf<'listAudit'>;
      expect(audit.items[0]).toMatchObject({ action: 'activity.progress_reported', activityCode: '3.1.2' });
    },
  },
  {
    name: 'POST /measures/2.3/updates sets progress by hand with its reason, and null returns it to the roll-up',
    ...post('/api/v1/measures/2.3/updates', { phase: 'in_progress', progress: 35, narrative: 'Schätzung der Projektleitung' }, '2.3'),
    status: 201,
    check: async (body: ResponseOf<'createMeasureUpdate', 201>, res, target) => {
      expect(body.measure).toMatchObject({ progress: 35, progressSource: 'manual', progressReason: 'Schätzung der Projektleitung' });
      const back = await target.request('/api/v1/measures/2.3/updates', {
        method: 'POST',
        headers: { ...json, 'if-match': res.headers.get('etag') ?? '' },
        body: JSON.stringify({ progress: null, narrative: '' }),
      });
      expect(back.status).toBe(201);
      const { measure } = (await back.json()) as ResponseOf<'createMeasureUpdate', 201>;
      expect(measure).toMatchObject({ progress: 0, progressSource: 'computed', progressReason: null });
    },
  },

  // Bad input: 422 naming the field, and nothing changes
  rejected('POST /measures/2.2/updates with progress 150 is a 422 naming progress', post('/api/v1/measures/2.2/updates', { progress: 150, narrative: 'Zu viel' }, '2.2'), 'body.progress', 'too_big'),
  rejected('POST /measures/2.2/updates with progress 12.5 is a 422 naming progress', post('/api/v1/measures/2.2/updates', { progress: 12.5, narrative: 'Krumm' }, '2.2'), 'body.progress'),
  rejected('POST /measures/2.2/updates with progress -1 is a 422 naming progress', post('/api/v1/measures/2.2/updates', { progress: -1, narrative: 'Zu wenig' }, '2.2'), 'body.progress', 'too_small'),
  rejected('POST /measures/2.2/updates with an unknown phase is a 422 naming phase', post('/api/v1/measures/2.2/updates', { phase: 'finished', narrative: '' }, '2.2'), 'body.phase', 'invalid_value'),
  rejected('POST /measures/2.2/updates with an unknown health is a 422 naming health', post('/api/v1/measures/2.2/updates', { phase: 'planned', health: 'green', narrative: '' }, '2.2'), 'body.health', 'invalid_value'),
  rejected(
    'POST /measures/2.2/updates with health while not started is a 422 naming health',
    post('/api/v1/measures/2.2/updates', { health: 'on_track', narrative: 'Läuft' }, '2.2'),
    'body.health',
    'health_not_applicable',
  ),
  rejected(
    'POST /measures/2.2/updates completed with progress below 100 is a 422 naming progress',
    post('/api/v1/measures/2.2/updates', { phase: 'completed', progress: 80, narrative: 'Fast fertig' }, '2.2'),
    'body.progress',
    'completed_needs_100',
  ),
  rejected(
    'POST /activities/2.2.1/updates completed with progress below 100 is a 422 naming progress',
    post('/api/v1/activities/2.2.1/updates', { phase: 'completed', progress: 99, narrative: '' }, '2.2'),
    'body.progress',
    'completed_needs_100',
  ),
  rejected(
    'POST /measures/2.2/updates with a narrative over 10,000 characters is a 422 naming narrative',
    post('/api/v1/measures/2.2/updates', { phase: 'planned', narrative: narrative11k }, '2.2'),
    'body.narrative',
    'too_big',
  ),
  rejected(
    'POST /measures/2.2/updates at risk without a narrative is a 422 naming narrative',
    post('/api/v1/measures/2.2/updates', { phase: 'planned', health: 'at_risk', narrative: '  ' }, '2.2'),
    'body.narrative',
    'narrative_required',
  ),
  rejected(
    'POST /measures/2.2/updates setting progress by hand without a narrative is a 422 naming narrative',
    post('/api/v1/measures/2.2/updates', { progress: 20, narrative: '' }, '2.2'),
    'body.narrative',
    'narrative_required',
  ),
  rejected('POST /measures/2.2/updates with nothing to record is a 422', post('/api/v1/measures/2.2/updates', { narrative: '' }, '2.2'), 'body.narrative', 'nothing_to_record'),
  rejected(
    'POST /measures/2.2/updates with a field it does not take is a 422 naming it (no mass assignment)',
    post('/api/v1/measures/2.2/updates', { phase: 'planned', narrative: '', author: 'someone-else', version: 99 }, '2.2'),
    'body.author',
    'unrecognized_keys',
  ),
  rejected('POST /activities/2.2.1/updates without a narrative field is a 422 naming it', post('/api/v1/activities/2.2.1/updates', { phase: 'planned' }, '2.2'), 'body.narrative'),
  refused('POST /measures/9.9/updates is a 404', { ...post('/api/v1/measures/9.9/updates', { narrative: 'x' }, '3.1'), status: 404 }, 'not_found'),
  refused('POST /activities/9.9.9/updates is a 404', { ...post('/api/v1/activities/9.9.9/updates', { narrative: 'x' }, '3.1'), status: 404 }, 'not_found'),
  refused('GET /measures/9.9/updates is a 404', { path: '/api/v1/measures/9.9/updates', status: 404 }, 'not_found'),
  refused('GET /activities/9.9.9/updates is a 404', { path: '/api/v1/activities/9.9.9/updates', status: 404 }, 'not_found'),
  refused(
    'POST /measures/2.2/updates by a council member is a 403, and nothing changes',
    { ...post('/api/v1/measures/2.2/updates', { phase: 'planned', narrative: '' }, '2.2'), as: 'council', status: 403 },
    'forbidden',
  ),
  refused(
    'POST /measures/2.2/updates by a department head whose department does not lead it is a 403',
    { ...post('/api/v1/measures/2.2/updates', { phase: 'planned', narrative: '' }, '2.2'), as: 'head', status: 403 },
    'forbidden',
  ),
  {
    name: 'after all those refusals, 2.2 has no history',
    path: '/api/v1/measures/2.2/updates',
    status: 200,
    schema: ok('listMeasureUpdates'),
    check: (body: ResponseOf<'listMeasureUpdates'>) => expect(body).toEqual({ items: [], total: 0 }),
  },

  // People and owners
  {
    name: 'POST /people adds a responsible person, whom GET /people then lists',
    method: 'POST',
    path: '/api/v1/people',
    headers: json,
    body: JSON.stringify({ name: 'Erika Beispiel', departmentId: 'international-affairs' }),
    status: 201,
    schema: endpoints.createPerson.responses[201].schema,
    check: async (body: ResponseOf<'createPerson', 201>, _res, target) => {
      expect(body).toMatchObject({ name: 'Erika Beispiel', departmentId: 'international-affairs' });
      const people = (await (await target.request('/api/v1/people')).json()) as ResponseOf<'listPeople'>;
      expect(people).toContainEqual(body);
    },
  },
  rejected('POST /people without a name is a 422 naming it', { method: 'POST', path: '/api/v1/people', headers: json, body: '{"name":"  ","departmentId":null}' }, 'body.name'),
  {
    name: 'PATCH /measures/2.1 assigns the lead, contributors, goals, dates, horizon and an activity’s weight, and the ETag changes',
    ...patch('2.1', {
      lead: { departmentId: 'international-affairs', personId: null },
      contributors: ['youth-services', 'cultural-office'],
      goals: ['1', '3'],
      startDate: '2026-01-01',
      targetDate: '2027-06-30',
      horizon: 'medium',
      activities: [{ code: '2.1.1', weight: 2, lead: { departmentId: 'cultural-office', personId: null }, targetDate: '2026-12-31' }],
    }),
    status: 200,
    schema: endpoints.updateMeasure.responses[200].schema,
    check: async (body: ResponseOf<'updateMeasure'>, res, target, sent) => {
      expect(body).toMatchObject({
        lead: { departmentId: 'international-affairs', personId: null },
        goals: ['1', '3'],
        startDate: '2026-01-01',
        targetDate: '2027-06-30',
        horizon: 'medium',
      });
      expect([...body.contributors].sort()).toEqual(['cultural-office', 'youth-services']);
      expect(body.activities[0]).toMatchObject({ code: '2.1.1', weight: 2, lead: { departmentId: 'cultural-office', personId: null }, targetDate: '2026-12-31' });
      expect(res.headers.get('etag')).not.toBe(sent.ifMatch);
      expect(body.etag).toBe(res.headers.get('etag'));
      const listed = (await (await target.request('/api/v1/measures?department=youth-services')).json()) as ResponseOf<'listMeasures'>;
      expect(listed.map((m) => m.code)).toEqual(['2.1']);

      const audit = (await (await target.request('/api/v1/audit?measure=2.1')).json()) as ResponseOf<'listAudit'>;
      expect(audit.items.map((a) => [a.action, a.activityCode]).sort()).toEqual([
        ['activity.edited', '2.1.1'],
        ['measure.edited', null],
      ]);
      const edited = audit.items.find((a) => a.action === 'measure.edited');
      expect(edited?.actorUsername).toBe('coordinator');
      expect(edited?.changes).toEqual(expect.arrayContaining([{ field: 'horizon', from: null, to: 'medium' }]));
    },
  },
  {
    name: 'PATCH /measures/2.1 names a responsible person added through /people',
    method: 'GET',
    path: '/api/v1/people',
    status: 200,
    check: async (people: ResponseOf<'listPeople'>, _res, target) => {
      const erika = people.find((p) => p.name === 'Erika Beispiel');
      expect(erika).toBeDefined();
      const { etag } = await measureOf(target, '2.1');
      const res = await target.request('/api/v1/measures/2.1', {
        method: 'PATCH',
        headers: { ...json, 'if-match': etag },
        body: JSON.stringify({ lead: { departmentId: 'international-affairs', personId: erika?.id } }),
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as Measure).lead).toEqual({ departmentId: 'international-affairs', personId: erika?.id });
    },
  },
  {
    name: 'PATCH /measures/1.3 with a target date that has passed makes it overdue',
    ...patch('1.3', { targetDate: '2020-03-31' }),
    status: 200,
    check: (body: ResponseOf<'updateMeasure'>) => expect(body).toMatchObject({ targetDate: '2020-03-31', overdue: true, stale: false }),
  },
  {
    name: 'PATCH /measures/1.3 with nothing in it changes nothing',
    ...patch('1.3', {}),
    status: 200,
    check: (body: ResponseOf<'updateMeasure'>, res, _target, sent) => {
      expect(res.headers.get('etag')).toBe(sent.ifMatch);
      expect(body.targetDate).toBe('2020-03-31');
    },
  },
  rejected('PATCH /measures/2.2 with an unknown lead department is a 422 naming it', patch('2.2', { lead: { departmentId: 'no-such-office', personId: null } }), 'body.lead.departmentId', 'unknown_department'),
  rejected('PATCH /measures/2.2 with an unknown contributor is a 422 naming it', patch('2.2', { contributors: ['cultural-office', 'no-such-office'] }), 'body.contributors.1', 'unknown_department'),
  rejected(
    'PATCH /measures/2.2 with an unknown person is a 422 naming it',
    patch('2.2', { lead: { departmentId: 'cultural-office', personId: '00000000-0000-4000-8000-000000000000' } }),
    'body.lead.personId',
    'unknown_person',
  ),
  rejected('PATCH /measures/2.2 with an unknown goal is a 422 naming it', patch('2.2', { goals: ['1', '9'] }), 'body.goals.1', 'unknown_goal'),
  rejected('PATCH /measures/2.2 with another measure’s activity is a 422 naming it', patch('2.2', { activities: [{ code: '3.1.1', weight: 2 }] }), 'body.activities.0.code', 'unknown_activity'),
  rejected('PATCH /measures/2.2 with the target before the start is a 422 naming the target', patch('2.2', { startDate: '2027-01-01', targetDate: '2026-01-01' }), 'body.targetDate', 'dates_out_of_order'),
  rejected('PATCH /measures/2.2 with a weight of 0 is a 422 naming it', patch('2.2', { activities: [{ code: '2.2.1', weight: 0 }] }), 'body.activities.0.weight'),
  rejected('PATCH /measures/2.2 cannot set the phase (no mass assignment)', patch('2.2', { phase: 'completed' }), 'body.phase', 'unrecognized_keys'),
  rejected('PATCH /measures/2.2 cannot set progress (no mass assignment)', patch('2.2', { progress: 100, version: 1 }), 'body.progress', 'unrecognized_keys'),
  refused('PATCH /measures/2.2 with a lead by a department head is a 403', { ...patch('2.2', { lead: { departmentId: 'international-affairs', personId: null } }), as: 'head', status: 403 }, 'forbidden'),
  refused('PATCH /measures/9.9 is a 404', { ...patch('9.9', { horizon: 'short' }), ifMatchOf: '2.2', status: 404 }, 'not_found'),

  // The audit trail
  refused('GET /audit?measure=3.1 is refused to a council member', { path: '/api/v1/audit?measure=3.1', as: 'council', status: 403 }, 'forbidden'),
  refused('GET /audit?measure=3.1 is refused to a department head whose department does not lead it', { path: '/api/v1/audit?measure=3.1', as: 'head', status: 403 }, 'forbidden'),
  refused('GET /audit?measure=9.9 is a 404', { path: '/api/v1/audit?measure=9.9', as: 'admin', status: 404 }, 'not_found'),
  {
    name: 'GET /audit without a measure is a 400 naming it',
    path: '/api/v1/audit',
    status: 400,
    schema: ErrorBody,
    check: (body: ErrorJson) => expect(issuesOf(body).map((i) => i.path)).toContain('query.measure'),
  },
  {
    name: 'GET /audit?measure=2.2 is empty: refused writes leave no trail there',
    path: '/api/v1/audit?measure=2.2',
    as: 'admin',
    status: 200,
    check: (body: ResponseOf<'listAudit'>) => expect(body).toEqual({ items: [], total: 0 }),
  },
  {
    name: 'GET /measures/2.2 is still as the plan left it after every refused write',
    path: '/api/v1/measures/2.2',
    status: 200,
    check: (m: Measure) => {
      expect(m).toMatchObject({ phase: 'not_started', health: null, progress: 0, lead: null, contributors: [], goals: [], startDate: null, targetDate: null, lastUpdateAt: null });
      expect(m.activities.every((a) => a.weight === 1)).toBe(true);
    },
  },
];

