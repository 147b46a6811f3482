import type { AuditEntry, AuditQuery } from '@/contract/audit.ts';
import type { ValidationIssue } from '@/contract/common.ts';
import type { CreateDepartmentBody, Department, UpdateDepartmentBody } from '@/contract/departments.ts';
import type {
  Activity,
  ActivityUpdateBody,
  FieldChange,
  Measure,
  MeasureListQuery,
  MeasureSummary,
  MeasureUpdateBody,
  ProgressUpdate,
  ProgressUpdateList,
  UpdateMeasureBody,
} from '@/contract/measures.ts';
import type { CreatePersonBody, Person } from '@/contract/people.ts';
import type { Area, Plan } from '@/contract/plan.ts';
import type { Session, SessionUser } from '@/contract/session.ts';
import type { CreateUserBody, UpdateUserBody, User } from '@/contract/users.ts';
import { demoAccounts, demoLeadDepartments, demoPassword } from '@/lib/demo-data.ts';
import { demoHistory } from '@/lib/demo-history.ts';
import { isOverdue, isStale } from '@/lib/freshness.ts';
import { activityCode, areas, departments, goals, plan } from '@/lib/plan-data.ts';
import { measureProgress, rollUp } from '@/lib/progress.ts';
import { checkUpdate, type UpdateRequest } from '@/lib/update-rules.ts';
import { canAssignOwners, canEditMeasure } from '@/lib/permissions.ts';

/**
 * The mocks' in-memory database, seeded from the plan as data exactly as the server seeds its
 * tables, so the contract suite can run the same cases against both.
 */

type Tracked = Pick<MeasureSummary, 'phase' | 'health' | 'lead' | 'contributors' | 'startDate' | 'targetDate' | 'horizon'>;

/** What is kept of an activity; freshness is worked out when it is read, as time passes. */
type StoredActivity = Tracked & Pick<Activity, 'code' | 'title' | 'progress' | 'weight' | 'lastUpdateAt'>;

type StoredMeasure = Tracked & {
  code: string;
  areaCode: string;
  title: MeasureSummary['title'];
  /** Set by a coordinator, with a reason; null while the figure is rolled up from the activities. */
  manualProgress: number | null;
  progressReason: string | null;
  goals: string[];
  activities: StoredActivity[];
  createdAt: string;
  updatedAt: string;
  /** The latest progress update on the measure or any of its activities. */
  lastUpdateAt: string | null;
  /** Bumped on every change to the measure or its activities; the ETag is built from it. */
  version: number;
};

export type MeasureChanges = Partial<Tracked & Pick<StoredMeasure, 'manualProgress' | 'progressReason' | 'goals'>>;
export type ActivityChanges = Partial<Tracked & Pick<Activity, 'progress' | 'weight'>>;

const untracked = (): Tracked => ({
  phase: 'not_started',
  health: null,
  lead: null,
  contributors: [],
  startDate: null,
  targetDate: null,
  horizon: null,
});

type StoredUser = User & { password: string };

type StoredSession = { token: string; csrfToken: string; userId: string };

/** Everything the mock API keeps; plain data, so the browser can keep it across reloads. */
type MockState = {
  measures: StoredMeasure[];
  departments: Department[];
  people: Person[];
  /** Append-only, oldest first; an id is its position plus one. */
  updates: ProgressUpdate[];
  audit: AuditEntry[];
  users: StoredUser[];
  sessions: StoredSession[];
  /** Failed sign-ins by username, as timestamps (ms), for the throttle. */
  failedLogins: Record<string, number[]>;
};

let state: MockState;

function seedMeasures(demo: boolean): StoredMeasure[] {
  const seededAt = new Date().toISOString();
  return areas.flatMap((area) =>
    area.measures.map((measure) => {
      const leadDepartment = demo ? demoLeadDepartments[measure.code] : undefined;
      return {
        ...untracked(),
        lead: leadDepartment ? { departmentId: leadDepartment, personId: null } : null,
        code: measure.code,
        areaCode: area.code,
        title: { ...measure.title },
        manualProgress: null,
        progressReason: null,
        goals: [],
        activities: measure.activities.map((activity, index) => ({
          ...untracked(),
          code: activityCode(measure.code, index),
          title: { ...activity.title },
          progress: 0,
          weight: 1,
          lastUpdateAt: null,
        })),
        createdAt: seededAt,
        updatedAt: seededAt,
        lastUpdateAt: null,
        version: 1,
      };
    }),
  );
}

function seedUsers(): StoredUser[] {
  const createdAt = new Date().toISOString();
  return demoAccounts.map((account) => ({ id: crypto.randomUUID(), ...account, disabled: false, createdAt, password: demoPassword }));
}

export type MockDbOptions = {
  /** Also the demo lead departments on the measures, as a new demo database has them; tests start with none. */
  demo?: boolean;
  /**
   * Also the demo scenario of src/lib/demo-history.ts (implies `demo`): people, owners, goals,
   * dates and eighteen months of progress updates, written through the same path as the API's.
   */
  history?: boolean;
};

/**
 * Back to the freshly seeded plan and the four demo accounts, with nobody signed in: call
 * between tests. The demo accounts are always there, since nothing can be read without one.
 */
export function resetMockDb({ demo = false, history = false }: MockDbOptions = {}): void {
  state = {
    measures: seedMeasures(demo || history),
    departments: departments.map((d) => ({ id: d.id, name: { ...d.name } })),
    people: [],
    updates: [],
    audit: [],
    users: seedUsers(),
    sessions: [],
    failedLogins: {},
  };
  if (history) applyDemoHistory(new Date());
}

/** The whole mock database as text, for the browser to keep across a reload (see browser.ts). */
export const exportMockDb = (): string => JSON.stringify(state);

/** Back to a state exportMockDb wrote; false (and nothing changed) if the text is not one. */
export function importMockDb(text: string): boolean {
  try {
    const saved = JSON.parse(text) as Partial<MockState> | null;
    const keys: (keyof MockState)[] = ['measures', 'departments', 'people', 'updates', 'audit', 'users', 'sessions', 'failedLogins'];
    if (!saved || typeof saved !== 'object' || !keys.every((key) => key in saved)) return false;
    // A state kept by an older version of the mocks lacks what the measures carry now: start afresh.
    if (!saved.measures?.every((m) => 'createdAt' in m && 'lastUpdateAt' in m)) return false;
    state = saved as MockState;
    return true;
  } catch {
    return false;
  }
}

const etagOf = (stored: StoredMeasure) => `"${stored.code}-${stored.version}"`;

function toActivity(stored: StoredActivity, createdAt: string, now: Date): Activity {
  return {
    ...stored,
    lead: stored.lead && { ...stored.lead },
    contributors: [...stored.contributors],
    title: { ...stored.title },
    stale: isStale({ ...stored, createdAt }, plan.reportingIntervalDays, now),
    overdue: isOverdue(stored, now),
  };
}

function toMeasure(stored: StoredMeasure, now = new Date()): Measure {
  const { manualProgress, version: _version, createdAt, activities, ...rest } = stored;
  const { progress, source } = measureProgress({ phase: stored.phase, manualProgress, activities });
  return {
    ...rest,
    title: { ...rest.title },
    lead: rest.lead && { ...rest.lead },
    contributors: [...rest.contributors],
    goals: [...rest.goals],
    progress,
    progressSource: source,
    stale: isStale({ phase: stored.phase, lastUpdateAt: stored.lastUpdateAt, createdAt }, plan.reportingIntervalDays, now),
    overdue: isOverdue(stored, now),
    activityCount: activities.length,
    etag: etagOf(stored),
    activities: activities.map((a) => toActivity(a, createdAt, now)),
  };
}

function toSummary(stored: StoredMeasure): MeasureSummary {
  const { activities: _activities, ...summary } = toMeasure(stored);
  return summary;
}

export function getPlan(): Plan {
  const now = new Date();
  const planAreas: Area[] = areas.map((area) => {
    const areaMeasures = state.measures.filter((m) => m.areaCode === area.code).map((m) => toMeasure(m, now));
    return {
      code: area.code,
      title: { ...area.title },
      shortTitle: { ...area.shortTitle },
      description: { ...area.description },
      progress: rollUp(areaMeasures) ?? 0,
      measures: areaMeasures,
    };
  });
  return {
    code: plan.code,
    title: { ...plan.title },
    reportingIntervalDays: plan.reportingIntervalDays,
    // Areas have no phase of their own: each counts with its rolled-up figure, all weighted equally.
    progress: rollUp(planAreas.map((area) => ({ phase: 'in_progress', progress: area.progress }))) ?? 0,
    goals: goals.map((goal) => ({ code: goal.code, title: { ...goal.title } })),
    areas: planAreas,
  };
}

// Literal, case-insensitive matching, as the server's ILIKE with escaped wildcards does it.
const contains = (text: string, needle: string) => text.toLowerCase().includes(needle.toLowerCase());

function matches(measure: StoredMeasure, query: MeasureListQuery): boolean {
  if (query.area !== undefined && measure.areaCode !== query.area) return false;
  if (query.phase !== undefined && measure.phase !== query.phase) return false;
  if (query.health !== undefined && measure.health !== query.health) return false;
  if (query.department !== undefined) {
    const department = query.department;
    if (measure.lead?.departmentId !== department && !measure.contributors.includes(department)) return false;
  }
  if (query.q !== undefined) {
    const q = query.q;
    const texts = [measure.code, measure.title.de, measure.title.en, ...measure.activities.flatMap((a) => [a.title.de, a.title.en])];
    if (!texts.some((text) => contains(text, q))) return false;
  }
  return true;
}

/** Measures in plan order (1.1 … 4.3), which is the order they were seeded in. */
export function listMeasures(query: MeasureListQuery): MeasureSummary[] {
  return state.measures.filter((m) => matches(m, query)).map(toSummary);
}

export function findMeasure(code: string): { measure: Measure; etag: string } | undefined {
  const stored = state.measures.find((m) => m.code === code);
  return stored && { measure: toMeasure(stored), etag: etagOf(stored) };
}

export function listDepartments(): Department[] {
  return state.departments.map((d) => ({ id: d.id, name: { ...d.name } })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function touch(stored: StoredMeasure) {
  stored.version += 1;
  stored.updatedAt = new Date().toISOString();
}

/** Lets a test put a measure into a state directly, without an update or an audit row. */
export function changeMeasure(code: string, changes: MeasureChanges): void {
  const stored = state.measures.find((m) => m.code === code);
  if (!stored) throw new Error(`No measure ${code} in the mock database`);
  Object.assign(stored, changes);
  touch(stored);
}

export function changeActivity(code: string, changes: ActivityChanges): void {
  const stored = measureOfActivity(code);
  const activity = stored?.activities.find((a) => a.code === code);
  if (!stored || !activity) throw new Error(`No activity ${code} in the mock database`);
  Object.assign(activity, changes);
  touch(stored);
}

const measureOfActivity = (code: string) => state.measures.find((m) => code.startsWith(`${m.code}.`) && m.activities.some((a) => a.code === code));

// ---- Sessions, as src/server/auth does them ----

export const MAX_FAILED_SIGN_INS = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60_000;

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const toSessionUser = ({ id, username, name, role, departmentId }: StoredUser): SessionUser => ({ id, username, name, role, departmentId });
const toUser = ({ password: _password, ...user }: StoredUser): User => ({ ...user });

export type SignInResult =
  | { ok: true; token: string; session: Session }
  | { ok: false; problem: 'refused' }
  | { ok: false; problem: 'throttled'; retryAfterSeconds: number };

/**
 * Signs in as the server does: the attempt counts as a failure until it succeeds, and with
 * MAX_FAILED_SIGN_INS failures for the username in the window the next one is refused unheard.
 * The server counts per username and address; the mocks have one address.
 */
export function signIn(usernameAsTyped: string, password: string, previousToken: string | undefined): SignInResult {
  const username = usernameAsTyped.toLowerCase();
  const now = Date.now();
  const failures = (state.failedLogins[username] ?? []).filter((at) => at > now - SIGN_IN_WINDOW_MS);
  if (failures.length >= MAX_FAILED_SIGN_INS) {
    const oldestCounted = failures[failures.length - MAX_FAILED_SIGN_INS] ?? now;
    state.failedLogins[username] = failures;
    return { ok: false, problem: 'throttled', retryAfterSeconds: Math.max(1, Math.ceil((oldestCounted + SIGN_IN_WINDOW_MS - now) / 1000)) };
  }
  const user = state.users.find((u) => u.username === username);
  if (!user || user.password !== password || user.disabled) {
    state.failedLogins[username] = [...failures, now];
    return { ok: false, problem: 'refused' };
  }
  delete state.failedLogins[username];
  if (previousToken) endSession(previousToken);
  const stored: StoredSession = { token: randomToken(), csrfToken: randomToken(), userId: user.id };
  state.sessions.push(stored);
  return { ok: true, token: stored.token, session: { user: toSessionUser(user), csrfToken: stored.csrfToken } };
}

export type CurrentSession = Session & { token: string };

/** The live session with this token, its user as they are now (a changed role applies at once). */
export function findSession(token: string | undefined): CurrentSession | undefined {
  if (!token) return undefined;
  const stored = state.sessions.find((s) => s.token === token);
  const user = stored && state.users.find((u) => u.id === stored.userId);
  if (!stored || !user || user.disabled) return undefined;
  return { token, csrfToken: stored.csrfToken, user: toSessionUser(user) };
}

export function endSession(token: string): void {
  state.sessions = state.sessions.filter((s) => s.token !== token);
}

function endSessionsOf(userId: string, exceptToken?: string): void {
  state.sessions = state.sessions.filter((s) => s.userId !== userId || s.token === exceptToken);
}

/** Ends every session, as an idle timeout would: lets a test see the app meet a 401. */
export function expireAllSessions(): void {
  state.sessions = [];
}

// ---- Accounts, as src/server/db/accounts.ts keeps them ----

export type AccountProblem =
  | { problem: 'username_taken' }
  | { problem: 'unknown_department'; departmentId: string }
  | { problem: 'department_mismatch' }
  | { problem: 'not_found' }
  | { problem: 'own_account'; field: 'disabled' | 'role' };

const departmentExists = (id: string) => state.departments.some((d) => d.id === id);

export function listUsers(): User[] {
  return [...state.users].sort((a, b) => (a.username < b.username ? -1 : a.username > b.username ? 1 : 0)).map(toUser);
}

export function createUser(body: Required<CreateUserBody>): User | AccountProblem {
  const { password, departmentId, ...account } = body;
  if (departmentId !== null && !departmentExists(departmentId)) return { problem: 'unknown_department', departmentId };
  if (state.users.some((u) => u.username === account.username)) return { problem: 'username_taken' };
  const user: StoredUser = { id: crypto.randomUUID(), ...account, departmentId, disabled: false, createdAt: new Date().toISOString(), password };
  state.users.push(user);
  return toUser(user);
}

/**
 * Changes an account; disabling it ends its sessions. The acting admin can neither disable their
 * own account nor give up their own admin role. A role that needs no department drops the old one.
 */
export function updateUser(actorId: string, id: string, changes: UpdateUserBody): User | AccountProblem {
  const old = state.users.find((u) => u.id === id);
  if (!old) return { problem: 'not_found' };
  const role = changes.role ?? old.role;
  const departmentId = changes.departmentId !== undefined ? changes.departmentId : role === 'department_head' ? old.departmentId : null;
  const disabled = changes.disabled ?? old.disabled;
  const name = changes.name ?? old.name;
  if (actorId === id) {
    if (disabled && !old.disabled) return { problem: 'own_account', field: 'disabled' };
    if (old.role === 'admin' && role !== 'admin') return { problem: 'own_account', field: 'role' };
  }
  if ((role === 'department_head') !== (departmentId !== null)) return { problem: 'department_mismatch' };
  if (departmentId !== null && departmentId !== old.departmentId && !departmentExists(departmentId)) {
    return { problem: 'unknown_department', departmentId };
  }
  if (disabled && !old.disabled) endSessionsOf(id);
  Object.assign(old, { name, role, departmentId, disabled });
  return toUser(old);
}

/** A new password ends the account's sessions, but the one it was set from. */
export function resetPassword(id: string, password: string, keepToken: string): User | AccountProblem {
  const user = state.users.find((u) => u.id === id);
  if (!user) return { problem: 'not_found' };
  user.password = password;
  endSessionsOf(id, keepToken);
  return toUser(user);
}

export const isProblem = (result: object): result is AccountProblem => 'problem' in result;

// ---- Departments ----

export function createDepartment({ id, name }: CreateDepartmentBody): Department | undefined {
  if (departmentExists(id)) return undefined;
  const department = { id, name: { ...name } };
  state.departments.push(department);
  return { id, name: { ...name } };
}

export function renameDepartment(id: string, { name }: UpdateDepartmentBody): Department | undefined {
  const department = state.departments.find((d) => d.id === id);
  if (!department) return undefined;
  department.name = { ...name };
  return { id, name: { ...name } };
}

// ---- Writes on a measure, as src/server/routes/measures does them ----

export type Actor = Pick<SessionUser, 'username' | 'name' | 'role' | 'departmentId'>;

/** Why a write on a measure was not made; the checks run in this order, as on the server. */
export type WriteRefusal =
  | { refused: 'not_found'; what: string }
  | { refused: 'forbidden' }
  | { refused: 'precondition_required' }
  | { refused: 'precondition_failed'; current: Measure; etag: string }
  | { refused: 'invalid'; issues: ValidationIssue[] };

export const isRefusal = (result: object): result is WriteRefusal => 'refused' in result;

const leadDepartmentOf = (stored: StoredMeasure) => stored.lead?.departmentId ?? null;

/**
 * If-Match may list several versions; the write goes ahead only if one of them is the current
 * one. `*` ("any version") names none: it would overwrite whatever someone else wrote meanwhile.
 */
function checkIfMatch(stored: StoredMeasure, ifMatch: string | null): WriteRefusal | undefined {
  if (ifMatch === null || ifMatch.trim() === '' || ifMatch.trim() === '*') return { refused: 'precondition_required' };
  const etag = etagOf(stored);
  if (ifMatch.split(',').some((tag) => tag.trim() === etag)) return undefined;
  return { refused: 'precondition_failed', current: toMeasure(stored), etag };
}

// Plain JSON all the way down, so a copy is a round trip.
const copy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/** Appends { field, from, to } when the value changes; values are plain JSON and compared as such. */
function note(changes: FieldChange[], field: string, from: unknown, to: unknown): void {
  if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field, from: copy(from), to: copy(to) });
}

function appendAudit(entry: Omit<AuditEntry, 'id'>): void {
  state.audit.push({ id: state.audit.length + 1, ...entry });
}

/** Owners and goals need a coordinator or an admin; dates, horizon and weights whoever may edit the measure. */
function mayPatch(actor: Actor, stored: StoredMeasure, body: UpdateMeasureBody): boolean {
  if (!canEditMeasure(actor, leadDepartmentOf(stored))) return false;
  const assignsOwners =
    body.lead !== undefined ||
    body.contributors !== undefined ||
    body.goals !== undefined ||
    (body.activities ?? []).some((a) => a.lead !== undefined || a.contributors !== undefined);
  return !assignsOwners || canAssignOwners(actor);
}

type Owned = Pick<Tracked, 'lead' | 'contributors' | 'startDate' | 'targetDate'>;

/** What a PATCH names must exist, and its dates must be in order once it is applied. */
function referenceIssues(stored: StoredMeasure, body: UpdateMeasureBody): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const department = (id: string, path: string) => {
    if (!departmentExists(id)) issues.push({ path, code: 'unknown_department', message: `there is no department '${id}'` });
  };
  const owners = (patch: Partial<Owned>, prefix: string) => {
    if (patch.lead) {
      department(patch.lead.departmentId, `${prefix}.lead.departmentId`);
      const personId = patch.lead.personId;
      if (personId !== null && !state.people.some((p) => p.id === personId)) {
        issues.push({ path: `${prefix}.lead.personId`, code: 'unknown_person', message: `there is no person '${personId}'` });
      }
    }
    patch.contributors?.forEach((id, i) => department(id, `${prefix}.contributors.${i}`));
  };
  const dates = (current: Owned, patch: Partial<Owned>, prefix: string) => {
    const start = patch.startDate !== undefined ? patch.startDate : current.startDate;
    const target = patch.targetDate !== undefined ? patch.targetDate : current.targetDate;
    if (start !== null && target !== null && start > target) {
      issues.push({ path: `${prefix}.targetDate`, code: 'dates_out_of_order', message: `the target date ${target} is before the start date ${start}` });
    }
  };

  owners(body, 'body');
  body.goals?.forEach((code, i) => {
    if (!goals.some((goal) => goal.code === code)) issues.push({ path: `body.goals.${i}`, code: 'unknown_goal', message: `the plan has no goal '${code}'` });
  });
  dates(stored, body, 'body');
  const seen = new Set<string>();
  body.activities?.forEach((patch, i) => {
    const activity = stored.activities.find((a) => a.code === patch.code);
    if (!activity) {
      issues.push({ path: `body.activities.${i}.code`, code: 'unknown_activity', message: `measure ${stored.code} has no activity ${patch.code}` });
      return;
    }
    if (seen.has(patch.code)) {
      issues.push({ path: `body.activities.${i}.code`, code: 'duplicate_activity', message: `activity ${patch.code} is named twice` });
      return;
    }
    seen.add(patch.code);
    owners(patch, `body.activities.${i}`);
    dates(activity, patch, `body.activities.${i}`);
  });
  return issues;
}

// Contributors are a set, listed by id; goals are listed in the plan's order.
const asContributors = (ids: readonly string[]) => [...new Set(ids)].sort();
const inPlanOrder = (codes: readonly string[]) => goals.map((goal) => goal.code).filter((code) => codes.includes(code));

/** Lead, dates and horizon of a measure or an activity, as the patch has them; the changes noted. */
function applyOwnerAndDates(changes: FieldChange[], target: Tracked, patch: Partial<Pick<Tracked, 'lead' | 'startDate' | 'targetDate' | 'horizon'>>) {
  for (const field of ['lead', 'startDate', 'targetDate', 'horizon'] as const) {
    const value = patch[field];
    if (value === undefined) continue;
    note(changes, field, target[field], value);
    Object.assign(target, { [field]: copy(value) });
  }
}

function applyContributors(changes: FieldChange[], target: Tracked, wanted: string[] | undefined) {
  if (wanted === undefined) return;
  const contributors = asContributors(wanted);
  note(changes, 'contributors', asContributors(target.contributors), contributors);
  target.contributors = contributors;
}

/**
 * PATCH /measures/{code}: owners, goals, dates, horizon and activity weights. Every field must be
 * the editor's to change, or nothing is (403); every reference must exist and the dates be in
 * order, or nothing is (422). One audit row for the measure and one for each activity that
 * changed, in the order the body names them; a PATCH that changes nothing writes nothing (no new
 * version, no audit row). `at` is now, except for the owners of the demo history.
 */
export function patchMeasure(
  actor: Actor,
  code: string,
  body: UpdateMeasureBody,
  ifMatch: string | null,
  at = new Date().toISOString(),
): { measure: Measure; etag: string } | WriteRefusal {
  const stored = state.measures.find((m) => m.code === code);
  if (!stored) return { refused: 'not_found', what: `Measure ${code}` };
  if (!mayPatch(actor, stored, body)) return { refused: 'forbidden' };
  const precondition = checkIfMatch(stored, ifMatch);
  if (precondition) return precondition;
  const issues = referenceIssues(stored, body);
  if (issues.length > 0) return { refused: 'invalid', issues };

  const rows: Omit<AuditEntry, 'id'>[] = [];
  const row = (action: AuditEntry['action'], activityCode: string | null, changes: FieldChange[]) => {
    if (changes.length > 0) rows.push({ at, actorUsername: actor.username, action, measureCode: code, activityCode, changes });
  };

  const changes: FieldChange[] = [];
  applyOwnerAndDates(changes, stored, body);
  applyContributors(changes, stored, body.contributors);
  if (body.goals !== undefined) {
    const linked = inPlanOrder(body.goals);
    note(changes, 'goals', inPlanOrder(stored.goals), linked);
    stored.goals = linked;
  }
  row('measure.edited', null, changes);

  for (const patch of body.activities ?? []) {
    const activity = stored.activities.find((a) => a.code === patch.code)!;
    const activityChanges: FieldChange[] = [];
    applyOwnerAndDates(activityChanges, activity, patch);
    if (patch.weight !== undefined) {
      note(activityChanges, 'weight', activity.weight, patch.weight);
      activity.weight = patch.weight;
    }
    applyContributors(activityChanges, activity, patch.contributors);
    row('activity.edited', activity.code, activityChanges);
  }

  if (rows.length > 0) {
    rows.forEach(appendAudit);
    touch(stored);
  }
  return { measure: toMeasure(stored), etag: etagOf(stored) };
}

export type ProgressTarget = { kind: 'measure' | 'activity'; code: string };

/**
 * POST …/updates on a measure or an activity: the rules of src/lib/update-rules.ts, then one new
 * entry in the history and one audit row, and a new version of the measure. `at` is now, except
 * when the demo history is replayed.
 */
export function reportProgress(
  actor: Actor,
  target: ProgressTarget,
  body: MeasureUpdateBody | ActivityUpdateBody,
  ifMatch: string | null,
  at = new Date().toISOString(),
): { update: ProgressUpdate; measure: Measure; etag: string } | WriteRefusal {
  const stored = target.kind === 'measure' ? state.measures.find((m) => m.code === target.code) : measureOfActivity(target.code);
  const activity = target.kind === 'activity' ? stored?.activities.find((a) => a.code === target.code) : undefined;
  if (!stored || (target.kind === 'activity' && !activity)) {
    return { refused: 'not_found', what: `${target.kind === 'measure' ? 'Measure' : 'Activity'} ${target.code}` };
  }
  if (!canEditMeasure(actor, leadDepartmentOf(stored))) return { refused: 'forbidden' };
  const precondition = checkIfMatch(stored, ifMatch);
  if (precondition) return precondition;

  const request: UpdateRequest = body;
  const narrative = request.narrative.trim();
  const changes: FieldChange[] = [];
  let after: Pick<ProgressUpdate, 'phase' | 'health' | 'progress'>;
  if (activity) {
    const { issues, outcome } = checkUpdate({ kind: 'activity', ...activity }, request);
    if (issues.length > 0) return { refused: 'invalid', issues };
    after = { phase: outcome.phase, health: outcome.health, progress: outcome.progress ?? activity.progress };
    note(changes, 'phase', activity.phase, after.phase);
    note(changes, 'health', activity.health, after.health);
    note(changes, 'progress', activity.progress, after.progress);
    Object.assign(activity, after, { lastUpdateAt: at });
  } else {
    const { issues, outcome } = checkUpdate({ kind: 'measure', phase: stored.phase, health: stored.health, progress: stored.manualProgress }, request);
    if (issues.length > 0) return { refused: 'invalid', issues };
    const shown = () => {
      const { progress, source } = measureProgress(stored);
      return { phase: stored.phase, health: stored.health, progress, progressSource: source };
    };
    const before = shown();
    Object.assign(stored, { phase: outcome.phase, health: outcome.health, manualProgress: outcome.progress });
    if (request.progress !== undefined) stored.progressReason = request.progress === null ? null : narrative;
    const now = shown();
    after = { phase: now.phase, health: now.health, progress: now.progress };
    for (const field of ['phase', 'health', 'progress', 'progressSource'] as const) note(changes, field, before[field], now[field]);
  }
  stored.lastUpdateAt = at;
  touch(stored);

  const activityCode = activity?.code ?? null;
  const update: ProgressUpdate = {
    id: state.updates.length + 1,
    measureCode: stored.code,
    activityCode,
    at,
    author: { username: actor.username, name: actor.name },
    narrative,
    changes,
    ...after,
  };
  state.updates.push(update);
  appendAudit({
    at,
    actorUsername: actor.username,
    action: activity ? 'activity.progress_reported' : 'measure.progress_reported',
    measureCode: stored.code,
    activityCode,
    changes: copy(changes),
  });
  return { update: copy(update), measure: toMeasure(stored), etag: etagOf(stored) };
}

type Page = { limit: number; offset: number };

/** Newest first; entries written in the same instant, the later one first. */
const newestFirst = (a: { at: string; id: number }, b: { at: string; id: number }) => (a.at !== b.at ? (a.at < b.at ? 1 : -1) : b.id - a.id);

function page<T extends { at: string; id: number }>(rows: T[], { limit, offset }: Page): { items: T[]; total: number } {
  return { items: copy([...rows].sort(newestFirst).slice(offset, offset + limit)), total: rows.length };
}

/** A measure's history includes its activities'; undefined when there is no such measure or activity. */
export function listProgressUpdates(target: ProgressTarget, query: Page): ProgressUpdateList | undefined {
  if (target.kind === 'measure') {
    if (!state.measures.some((m) => m.code === target.code)) return undefined;
    return page(state.updates.filter((u) => u.measureCode === target.code), query);
  }
  if (!measureOfActivity(target.code)) return undefined;
  return page(state.updates.filter((u) => u.activityCode === target.code), query);
}

/** Every progress update of the plan, oldest first, and when a measure was created: what the stats work from (mocks/stats.ts). */
export const allProgressUpdates = (): ProgressUpdate[] => copy(state.updates);
export const measureCreatedAt = (code: string): string => state.measures.find((m) => m.code === code)?.createdAt ?? new Date().toISOString();

/**
 * The audit trail of a measure: coordinators and admins see every one, department heads their
 * department's. The role is checked before the measure is looked up, so a council member learns
 * nothing about which codes exist.
 */
export function listAudit(actor: Actor, { measure: code, ...query }: AuditQuery): { items: AuditEntry[]; total: number } | WriteRefusal {
  if (actor.role === 'council') return { refused: 'forbidden' };
  const stored = state.measures.find((m) => m.code === code);
  if (!stored) return { refused: 'not_found', what: `Measure ${code}` };
  if (!canEditMeasure(actor, leadDepartmentOf(stored))) return { refused: 'forbidden' };
  return page(
    state.audit.filter((entry) => entry.measureCode === code),
    query,
  );
}

// ---- People who can be named as a lead's responsible person ----

// By name as a German reader sorts them (Ä with A), as the server does.
const byName = new Intl.Collator('de', { sensitivity: 'base' });

export function listPeople(): Person[] {
  return copy(state.people).sort((a, b) => byName.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

/** Coordinators and admins add the people a lead can name. */
export function createPerson(actor: Actor, body: CreatePersonBody): Person | WriteRefusal {
  if (!canAssignOwners(actor)) return { refused: 'forbidden' };
  const { departmentId } = body;
  if (departmentId !== null && !departmentExists(departmentId)) {
    return { refused: 'invalid', issues: [{ path: 'body.departmentId', code: 'unknown_department', message: `there is no department '${departmentId}'` }] };
  }
  const created: Person = { id: crypto.randomUUID(), name: body.name, departmentId };
  state.people.push(created);
  return { ...created };
}

// ---- The demo scenario ----

/**
 * The demo scenario as the server seeds it: its people; owners, goals, dates and weights as the
 * demo coordinator's PATCH of each measure, a day before the first update; then every update in
 * order, by its demo author, at its time. Both go through the same code as the API's writes.
 */
function applyDemoHistory(now: Date): void {
  const history = demoHistory(now);
  state.people.push(...copy(history.people));
  const demoUser = (username: string) => {
    const user = state.users.find((u) => u.username === username);
    if (!user) throw new Error(`The demo history names ${username}, who is not a demo account`);
    return user;
  };
  const written = (what: string, result: object) => {
    if (isRefusal(result)) throw new Error(`The demo history's ${what} was refused: ${JSON.stringify(result)}`);
  };

  const first = history.updates[0]?.at;
  const assigned = new Date((first ? new Date(first) : now).getTime() - 24 * 60 * 60 * 1000).toISOString();
  for (const stored of state.measures) {
    const { goals: linked, ...owners } = history.measures[stored.code] ?? {};
    const activities = stored.activities.flatMap((a) => {
      const activityOwners = history.activities[a.code];
      return activityOwners ? [{ code: a.code, ...activityOwners }] : [];
    });
    const body: UpdateMeasureBody = { ...owners, ...(linked && { goals: linked }), activities };
    written(`owners of ${stored.code}`, patchMeasure(demoUser('coordinator'), stored.code, body, etagOf(stored), assigned));
  }

  for (const { at, authorUsername, measureCode, activityCode, ...body } of history.updates) {
    const stored = state.measures.find((m) => m.code === measureCode);
    if (!stored) throw new Error(`The demo history names measure ${measureCode}, which the plan has not`);
    const target: ProgressTarget = activityCode === null ? { kind: 'measure', code: measureCode } : { kind: 'activity', code: activityCode };
    written(`update of ${target.code} at ${at}`, reportProgress(demoUser(authorUsername), target, body, etagOf(stored), at));
  }
}

// Last, so that everything a reset uses is defined.
resetMockDb();
