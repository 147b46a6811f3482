import type { Department } from '@/contract/departments.ts';
import type { Activity, Measure, MeasureListQuery, MeasureSummary } from '@/contract/measures.ts';
import type { Area, Plan } from '@/contract/plan.ts';
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

let measures: StoredMeasure[] = [];

function seed(): StoredMeasure[] {
  const seededAt = new Date().toISOString();
  return areas.flatMap((area) =>
    area.measures.map((measure) => ({
      ...untracked(),
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
    })),
  );
}

/** Back to the freshly seeded plan: call between tests. */
export function resetMockDb(): void {
  measures = seed();
}

resetMockDb();

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
    const areaMeasures = measures.filter((m) => m.areaCode === area.code).map(toMeasure);
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
  return measures.filter((m) => matches(m, query)).map(toSummary);
}

export function findMeasure(code: string): { measure: Measure; etag: string } | undefined {
  const stored = measures.find((m) => m.code === code);
  return stored && { measure: toMeasure(stored), etag: `"${stored.code}-${stored.version}"` };
}

export function listDepartments(): Department[] {
  return departments.map((d) => ({ id: d.id, name: { ...d.name } })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function touch(stored: StoredMeasure) {
  stored.version += 1;
  stored.updatedAt = new Date().toISOString();
}

/** Lets a test put a measure into the state it needs (there are no write endpoints yet). */
export function changeMeasure(code: string, changes: MeasureChanges): void {
  const stored = measures.find((m) => m.code === code);
  if (!stored) throw new Error(`No measure ${code} in the mock database`);
  Object.assign(stored, changes);
  touch(stored);
}

export function changeActivity(code: string, changes: ActivityChanges): void {
  const stored = measures.find((m) => code.startsWith(`${m.code}.`) && m.activities.some((a) => a.code === code));
  const activity = stored?.activities.find((a) => a.code === code);
  if (!stored || !activity) throw new Error(`No activity ${code} in the mock database`);
  Object.assign(activity, changes);
  touch(stored);
}
