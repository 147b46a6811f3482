/**
 * The bench plan as plain rows: measures, activities, owners, links and a two-year history of
 * progress updates, made up but shaped like a real plan's (phases, health and progress varied,
 * leads across departments, some measures stale or overdue). Deterministic for a given size and
 * `now`, so that every run measures the same data. Never the demo data: nothing here is shown to
 * anyone, and the rows only ever go into a bench database.
 */
import { randomUUID } from 'node:crypto';
import { type Health, type Horizon, type Phase, phasesWithHealth } from '@/contract/common.ts';
import { measureProgress } from '@/lib/progress.ts';

export type BenchSizes = { measures: number; activitiesPerMeasure: number; updates: number };

export type GeneratedDepartment = { id: string; nameDe: string; nameEn: string };
export type GeneratedPerson = { id: string; name: string; departmentId: string };

type WorkItem = {
  code: string;
  position: number;
  titleDe: string;
  titleEn: string;
  phase: Phase;
  health: Health | null;
  startDate: string | null;
  targetDate: string | null;
  horizon: Horizon | null;
  leadDepartmentId: string | null;
  leadPersonId: string | null;
};

export type GeneratedActivity = WorkItem & { progress: number; weight: number; contributors: string[] };

export type GeneratedMeasure = WorkItem & {
  areaCode: string;
  manualProgress: number | null;
  progressReason: string | null;
  contributors: string[];
  goalCodes: string[];
  activities: GeneratedActivity[];
};

export type GeneratedUpdate = {
  /** Index into measures, and into its activities (null: about the measure itself). */
  measure: number;
  activity: number | null;
  at: Date;
  narrative: string;
  changes: string;
  phase: Phase;
  health: Health | null;
  progress: number;
  measureProgress: number;
};

export type GeneratedPlan = {
  departments: GeneratedDepartment[];
  people: GeneratedPerson[];
  measures: GeneratedMeasure[];
  updates: GeneratedUpdate[];
};

const DAY_MS = 24 * 60 * 60 * 1000;
/** The history reaches this far back, and every generated row was created before it. */
export const HISTORY_DAYS = 730;

/** mulberry32: small, fast and good enough to vary made-up data reproducibly. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  /** One of the keys, with the given relative weights. */
  const weighted = <T extends string>(weights: Record<T, number>): T => {
    const entries = Object.entries(weights) as [T, number][];
    let roll = next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, w] of entries) {
      roll -= w;
      if (roll < 0) return key;
    }
    return (entries.at(-1) as [T, number])[0];
  };
  return { next, int, pick, weighted };
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

// Words the titles are made of, so that a free-text filter matches some measures but not all.
const topicsDe = ['Austausch', 'Partnerschaft', 'Integration', 'Jugendbegegnung', 'Klimapartnerschaft', 'Kulturprojekt', 'Wirtschaftskontakte', 'Sprachkurse', 'Netzwerk', 'Fachkräfte'];
const topicsEn = ['exchange', 'partnership', 'integration', 'youth encounter', 'climate partnership', 'cultural project', 'business contacts', 'language courses', 'network', 'skilled workers'];

const measurePhases: Record<Phase, number> = { not_started: 10, planned: 15, in_progress: 40, ongoing: 12, on_hold: 5, completed: 12, discontinued: 6 };
const healthWeights = { on_track: 60, at_risk: 25, off_track: 10, none: 5 };

/**
 * Generates `sizes.measures` measures spread over `areaCodes`, coded <area>.<100+n> so that they
 * never clash with the plan's own 1.1–4.3, with `activitiesPerMeasure` activities each and
 * `updates` progress updates dated over the last two years before `now`.
 */
export function generatePlan(sizes: BenchSizes, areaCodes: readonly string[], baseDepartments: readonly string[], goalCodes: readonly string[], now: Date): GeneratedPlan {
  const random = randomSource(sizes.measures * 31 + sizes.activitiesPerMeasure * 7 + sizes.updates);
  const nowMs = now.getTime();

  const departments: GeneratedDepartment[] = Array.from({ length: 25 }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return { id: `bench-department-${n}`, nameDe: `Fachbereich ${n} (Bench)`, nameEn: `Department ${n} (bench)` };
  });
  const departmentIds = [...baseDepartments, ...departments.map((d) => d.id)];
  const people: GeneratedPerson[] = departmentIds.flatMap((departmentId, d) =>
    [1, 2, 3].map((k) => ({ id: randomUUID(), name: `Person ${d + 1}-${k} (Bench)`, departmentId })),
  );
  const peopleOf = new Map(departmentIds.map((id) => [id, people.filter((p) => p.departmentId === id)]));

  const lead = (share: number) => {
    if (random.next() >= share) return { leadDepartmentId: null, leadPersonId: null };
    const departmentId = random.pick(departmentIds);
    const person = random.next() < 0.6 ? random.pick(peopleOf.get(departmentId) ?? []) : undefined;
    return { leadDepartmentId: departmentId, leadPersonId: person?.id ?? null };
  };
  const healthFor = (phase: Phase): Health | null => {
    if (!phasesWithHealth.includes(phase)) return null;
    const health = random.weighted(healthWeights);
    return health === 'none' ? null : health;
  };
  // Start dates over the last two years and the next; some targets passed while work is still open: overdue.
  const dates = () => {
    if (random.next() < 0.15) return { startDate: null, targetDate: null, horizon: null };
    const start = nowMs - random.int(-180, HISTORY_DAYS) * DAY_MS;
    const target = start + random.int(60, 900) * DAY_MS;
    return { startDate: isoDay(start), targetDate: isoDay(target), horizon: random.pick(['short', 'medium', 'long'] as const) };
  };
  const others = (count: number, except: string | null) => {
    const chosen = new Set<string>();
    while (chosen.size < count) chosen.add(random.pick(departmentIds));
    if (except) chosen.delete(except);
    return [...chosen].sort();
  };

  const measures: GeneratedMeasure[] = Array.from({ length: sizes.measures }, (_, i) => {
    const areaCode = areaCodes[i % areaCodes.length] as string;
    const position = 100 + Math.floor(i / areaCodes.length);
    const code = `${areaCode}.${position}`;
    const topic = random.int(0, topicsDe.length - 1);
    const phase = random.weighted(measurePhases);
    const measureLead = lead(0.85);
    const activities = Array.from({ length: sizes.activitiesPerMeasure }, (_, k): GeneratedActivity => {
      const activityPhase: Phase = phase === 'completed' ? 'completed' : phase === 'not_started' ? 'not_started' : random.weighted(measurePhases);
      const progress = activityPhase === 'completed' ? 100 : activityPhase === 'not_started' ? 0 : random.int(0, 95);
      return {
        code: `${code}.${k + 1}`,
        position: k,
        titleDe: `Aktivität ${k + 1} zu ${topicsDe[topic]} ${code}`,
        titleEn: `Activity ${k + 1} on ${topicsEn[topic]} ${code}`,
        phase: activityPhase,
        health: healthFor(activityPhase),
        progress,
        weight: random.next() < 0.8 ? 1 : 2,
        ...dates(),
        ...lead(0.5),
        contributors: random.next() < 0.1 ? others(1, null) : [],
      };
    });
    const manualProgress = phase !== 'completed' && random.next() < 0.15 ? random.int(0, 95) : null;
    return {
      areaCode,
      code,
      position,
      titleDe: `${topicsDe[topic]} mit Partnerstadt ${i + 1}`,
      titleEn: `${topicsEn[topic]} with twin city ${i + 1}`,
      phase,
      health: healthFor(phase),
      manualProgress,
      progressReason: manualProgress === null ? null : 'Geschätzt nach Rücksprache mit der Fachstelle',
      ...dates(),
      ...measureLead,
      contributors: random.next() < 0.3 ? others(random.int(1, 2), measureLead.leadDepartmentId) : [],
      goalCodes: goalCodes.filter(() => random.next() < 0.35),
      activities,
    };
  });

  return { departments, people, measures, updates: generateUpdates(measures, sizes.updates, nowMs, random) };
}

/**
 * The history: most measures get updates, a few none; about a fifth went quiet months ago
 * (stale). Each measure's updates climb towards its current progress and the last one about
 * the measure itself records its current phase and health, as a real history would end.
 */
function generateUpdates(measures: readonly GeneratedMeasure[], total: number, nowMs: number, random: ReturnType<typeof randomSource>): GeneratedUpdate[] {
  const shares = measures.map(() => (random.next() < 0.08 ? 0 : random.next() * 2));
  const sum = shares.reduce((a, b) => a + b, 0);
  const counts = shares.map((share) => Math.floor((share / sum) * total));
  // Rounding down leaves a few over: give them out one each, so the total is exact.
  for (let left = total - counts.reduce((a, b) => a + b, 0), i = 0; left > 0; i = (i + 1) % counts.length) {
    if ((shares[i] as number) > 0) {
      counts[i] = (counts[i] as number) + 1;
      left--;
    }
  }

  const updates: GeneratedUpdate[] = [];
  measures.forEach((measure, m) => {
    const count = counts[m] as number;
    if (count === 0) return;
    const quietDays = random.next() < 0.2 ? random.int(100, 400) : 0;
    const times = Array.from({ length: count }, () => nowMs - (quietDays + random.next() * (HISTORY_DAYS - quietDays)) * DAY_MS).sort((a, b) => a - b);
    const finalProgress = measureProgress({ phase: measure.phase, manualProgress: measure.manualProgress, activities: measure.activities }).progress;
    const lastOwn = count - 1 - Math.floor(random.next() * Math.min(count, 3));
    times.forEach((time, k) => {
      const measureShown = Math.round((finalProgress * (k + 1)) / count);
      const own = k === lastOwn || (k < lastOwn && random.next() < 0.3);
      if (own) {
        const isLast = k === lastOwn;
        const phase: Phase = isLast ? measure.phase : 'in_progress';
        const health = isLast ? measure.health : random.pick(['on_track', 'at_risk'] as const);
        updates.push({
          measure: m,
          activity: null,
          at: new Date(time),
          narrative: `Sachstand ${k + 1} zu ${measure.code}: Abstimmung mit den Beteiligten fortgesetzt.`,
          changes: JSON.stringify([{ field: 'phase', from: 'planned', to: phase }]),
          phase,
          health,
          progress: measure.manualProgress ?? measureShown,
          measureProgress: measureShown,
        });
      } else {
        const a = random.int(0, measure.activities.length - 1);
        const activity = measure.activities[a];
        if (!activity) return;
        const progress = Math.round((activity.progress * (k + 1)) / count);
        updates.push({
          measure: m,
          activity: a,
          at: new Date(time),
          narrative: random.next() < 0.5 ? '' : `Zwischenstand zu ${activity.code}.`,
          changes: JSON.stringify([{ field: 'progress', from: Math.max(0, progress - 5), to: progress }]),
          phase: 'in_progress',
          health: random.pick(['on_track', 'at_risk', null] as const),
          progress,
          measureProgress: measureShown,
        });
      }
    });
  });
  return updates;
}
