import type { CreateDepartmentBody, Department, UpdateDepartmentBody } from '@/contract/departments.ts';
import type { Activity, Measure, MeasureListQuery, MeasureSummary } from '@/contract/measures.ts';
import type { Area, Plan } from '@/contract/plan.ts';
import type { Session, SessionUser } from '@/contract/session.ts';
import type { CreateUserBody, UpdateUserBody, User } from '@/contract/users.ts';
import { demoAccounts, demoLeadDepartments, demoPassword } from '@/lib/demo-data.ts';
import { activityCode, areas, departments, goals, plan } from '@/lib/plan-data.ts';
import { measureProgress, rollUp } from '@/lib/progress.ts';

/**
 * The mocks' in-memory database, seeded from the plan as data exactly as the server seeds its
 * tables, so the contract suite can run the same cases against both.
 */

type Tracked = Pick<MeasureSummary, 'phase' | 'health' | 'lead' | 'contributors' | 'startDate' | 'targetDate' | 'horizon'>;

type StoredMeasure = Tracked & {
  code: string;
  areaCode: string;
  title: MeasureSummary['title'];
  /** Set by a coordinator, with a reason; null while the figure is rolled up from the activities. */
  manualProgress: number | null;
  progressReason: string | null;
  goals: string[];
  activities: Activity[];
  updatedAt: string;
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
        })),
        updatedAt: seededAt,
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
};

/**
 * Back to the freshly seeded plan and the four demo accounts, with nobody signed in: call
 * between tests. The demo accounts are always there, since nothing can be read without one.
 */
export function resetMockDb({ demo = false }: MockDbOptions = {}): void {
  state = {
    measures: seedMeasures(demo),
    departments: departments.map((d) => ({ id: d.id, name: { ...d.name } })),
    users: seedUsers(),
    sessions: [],
    failedLogins: {},
  };
}

resetMockDb();

/** The whole mock database as text, for the browser to keep across a reload (see browser.ts). */
export const exportMockDb = (): string => JSON.stringify(state);

/** Back to a state exportMockDb wrote; false (and nothing changed) if the text is not one. */
export function importMockDb(text: string): boolean {
  try {
    const saved = JSON.parse(text) as Partial<MockState> | null;
    const keys: (keyof MockState)[] = ['measures', 'departments', 'users', 'sessions', 'failedLogins'];
    if (!saved || typeof saved !== 'object' || !keys.every((key) => key in saved)) return false;
    state = saved as MockState;
    return true;
  } catch {
    return false;
  }
}

function toActivity(stored: Activity): Activity {
  return { ...stored, lead: stored.lead && { ...stored.lead }, contributors: [...stored.contributors], title: { ...stored.title } };
}

function toMeasure(stored: StoredMeasure): Measure {
  const { manualProgress, version: _version, activities, ...rest } = stored;
  const { progress, source } = measureProgress({ phase: stored.phase, manualProgress, activities });
  return {
    ...rest,
    title: { ...rest.title },
    lead: rest.lead && { ...rest.lead },
    contributors: [...rest.contributors],
    goals: [...rest.goals],
    progress,
    progressSource: source,
    activityCount: activities.length,
    activities: activities.map(toActivity),
  };
}

function toSummary(stored: StoredMeasure): MeasureSummary {
  const { activities: _activities, ...summary } = toMeasure(stored);
  return summary;
}

export function getPlan(): Plan {
  const planAreas: Area[] = areas.map((area) => {
    const areaMeasures = state.measures.filter((m) => m.areaCode === area.code).map(toMeasure);
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
  return stored && { measure: toMeasure(stored), etag: `"${stored.code}-${stored.version}"` };
}

export function listDepartments(): Department[] {
  return state.departments.map((d) => ({ id: d.id, name: { ...d.name } })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function touch(stored: StoredMeasure) {
  stored.version += 1;
  stored.updatedAt = new Date().toISOString();
}

/** Lets a test put a measure into the state it needs (there are no write endpoints yet). */
export function changeMeasure(code: string, changes: MeasureChanges): void {
  const stored = state.measures.find((m) => m.code === code);
  if (!stored) throw new Error(`No measure ${code} in the mock database`);
  Object.assign(stored, changes);
  touch(stored);
}

export function changeActivity(code: string, changes: ActivityChanges): void {
  const stored = state.measures.find((m) => code.startsWith(`${m.code}.`) && m.activities.some((a) => a.code === code));
  const activity = stored?.activities.find((a) => a.code === code);
  if (!stored || !activity) throw new Error(`No activity ${code} in the mock database`);
  Object.assign(activity, changes);
  touch(stored);
}

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
