import { type SQL, sql } from 'drizzle-orm';
import { healths, phases } from '@/contract/common.ts';
import type { MeasureFlag, PhaseCounts, ProgressHistory, StatsSummary } from '@/contract/stats.ts';
import { berlinDate } from '@/lib/freshness.ts';
import type { HistoryRange } from '@/lib/stats-periods.ts';
import type { Database } from './database.ts';
import type { PlanRef } from './plan-queries.ts';

type Rows<T> = { rows: T[] };

async function rowsOf<T>(db: Database, query: SQL): Promise<T[]> {
  // node-postgres and PGlite both answer raw queries with { rows }.
  return ((await db.execute(query)) as unknown as Rows<T>).rows;
}

const isoTime = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * Every measure of the plan with its shown progress (src/lib/progress.ts, measureProgress) and
 * its freshness as of `now` (src/lib/freshness.ts), in SQL: one row per measure, no query per
 * measure. Weights are float4 in the table and summed as float8, as JavaScript would.
 */
function measureFigures(plan: PlanRef, now: Date): SQL {
  const closed = sql`('completed', 'discontinued')`;
  return sql`
    select ms.id, ms.code, ms.phase, ms.health, ms.lead_department_id, ms.target_date,
      a.code as area_code, a.position as area_position, ms.position,
      lu.last_update_at,
      case
        when ms.phase = 'completed' then 100
        when ms.manual_progress is not null then ms.manual_progress
        else coalesce((
          select round((sum(ac.weight::float8 * case when ac.phase = 'completed' then 100 else ac.progress end) / sum(ac.weight::float8))::numeric)::int
          from activities ac where ac.measure_id = ms.id and ac.phase <> 'discontinued'
        ), 0)
      end as progress,
      (ms.phase not in ${closed}
        and extract(epoch from (${now.toISOString()}::timestamptz - coalesce(lu.last_update_at, ms.created_at))) > ${plan.reportingIntervalDays} * 86400) as stale,
      (ms.phase not in ${closed} and ms.target_date is not null and ms.target_date < ${berlinDate(now)}::date) as overdue,
      -- In days of 24 hours, as the stale flag counts them (a day in Hannover may have 23 or 25).
      case when ms.phase not in ${closed}
        then coalesce(lu.last_update_at, ms.created_at) + make_interval(secs => ${plan.reportingIntervalDays} * 86400) end as stale_at
    from measures ms
    join areas a on a.id = ms.area_id
    left join lateral (select max(pu.at) as last_update_at from progress_updates pu where pu.measure_id = ms.id) lu on true
    where ms.plan_id = ${plan.id}`;
}

/** The figures of a group, over rows that have progress, phase, health, stale and overdue. */
function groupFigures(): SQL {
  const phaseCounts = phases.map((p) => sql`count(*) filter (where phase = ${p})::int as ${sql.identifier(`phase_${p}`)}`);
  const healthCounts = healths.map((h) => sql`count(*) filter (where health = ${h})::int as ${sql.identifier(`health_${h}`)}`);
  return sql.join(
    [
      sql`count(*)::int as measures`,
      // rollUp with weight 1: discontinued left out, completed already shown as 100.
      sql`round(avg(progress) filter (where phase <> 'discontinued'))::int as group_progress`,
      ...phaseCounts,
      ...healthCounts,
      sql`count(*) filter (where health is null)::int as health_none`,
      sql`count(*) filter (where overdue)::int as overdue`,
      sql`count(*) filter (where stale)::int as stale`,
    ],
    sql`, `,
  );
}

type GroupRow = Record<string, number | null> & { measures: number; group_progress: number | null; overdue: number; stale: number };

function toGroup(row: GroupRow) {
  return {
    measures: row.measures,
    progress: row.group_progress,
    phases: Object.fromEntries(phases.map((p) => [p, Number(row[`phase_${p}`])])) as PhaseCounts,
    healths: {
      on_track: Number(row.health_on_track),
      at_risk: Number(row.health_at_risk),
      off_track: Number(row.health_off_track),
      none: Number(row.health_none),
    },
    overdue: row.overdue,
    stale: row.stale,
  };
}

type FlagRow = { code: string; target_date: string | null; last_update_at: string | null };
const toFlag = (row: FlagRow): MeasureFlag => ({ code: row.code, targetDate: row.target_date, lastUpdateAt: row.last_update_at });

/**
 * GET /stats/summary: the groups in one pass (grouping sets), the three lists each from the same
 * figures; and the earliest moment from `now` at which a measure turns stale (the answer's shelf life).
 */
export async function statsSummary(db: Database, plan: PlanRef, now: Date): Promise<{ summary: StatsSummary; staleChangeAt: Date | null }> {
  const figures = measureFigures(plan, now);
  const groups = await rowsOf<
    GroupRow & { area_code: string | null; lead_department_id: string | null; by_area: number; by_department: number; stale_change_at: string | null }
  >(
    db,
    sql`with m as (${figures})
      select area_code, lead_department_id, grouping(area_code, area_position) as by_area, grouping(lead_department_id) as by_department, ${groupFigures()},
        ${isoTime(sql`min(stale_at) filter (where stale_at >= ${now.toISOString()}::timestamptz)`)} as stale_change_at
      from m
      group by grouping sets ((), (area_code, area_position), (lead_department_id))
      order by area_position nulls first, lead_department_id nulls last`,
  );
  const overall = groups.find((g) => g.by_area !== 0 && g.by_department !== 0);
  // Without a single measure the grouping sets give no row at all for the plan.
  const empty = toGroup({ measures: 0, group_progress: null, overdue: 0, stale: 0, health_none: 0 } as GroupRow);
  const flags = (where: SQL, orderBy: SQL, limit?: number) =>
    rowsOf<FlagRow>(
      db,
      sql`with m as (${figures})
        select code, target_date::text as target_date, ${isoTime(sql`last_update_at`)} as last_update_at
        from m where ${where} order by ${orderBy}, area_position, position ${limit === undefined ? sql`` : sql`limit ${limit}`}`,
    );
  const summary: StatsSummary = {
    asOf: now.toISOString(),
    reportingIntervalDays: plan.reportingIntervalDays,
    overall: overall ? toGroup(overall) : { ...empty, phases: Object.fromEntries(phases.map((p) => [p, 0])) as PhaseCounts },
    areas: groups.filter((g) => g.by_area === 0).map((g) => ({ areaCode: g.area_code!, ...toGroup(g) })),
    departments: groups.filter((g) => g.by_department === 0).map((g) => ({ departmentId: g.lead_department_id, ...toGroup(g) })),
    overdue: (await flags(sql`overdue`, sql`target_date asc`)).map(toFlag),
    stale: (await flags(sql`stale`, sql`last_update_at asc nulls first`)).map(toFlag),
    recentlyUpdated: (await flags(sql`last_update_at is not null`, sql`last_update_at desc`, 10)).map(toFlag),
  };
  return { summary, staleChangeAt: overall?.stale_change_at ? new Date(overall.stale_change_at) : null };
}

/**
 * Progress at the end of each date (in UTC: the chart's resolution is a day, and an update in
 * the hour or two around midnight falls on the neighbouring day, which no chart shows), from the
 * history: a measure counts with the measure_progress of its latest update by then (0 if none)
 * and the phase of its latest measure-level update (not started if none).
 *
 * One pass over the history rather than a lookup per measure and date (which took seconds at
 * 10,000 measures): each update falls into the first period whose end it precedes; the last
 * update of a measure in a period is its state at that period's end, carried forward through
 * the periods after it in which the measure has none.
 */
export async function progressHistory(
  db: Database,
  planId: number,
  areaCodes: string[],
  range: HistoryRange,
): Promise<ProgressHistory> {
  const rows = await rowsOf<{ d: string; area_code: string | null; by_area: number; progress: number | null }>(
    db,
    sql`with points as (
        select p::date as d, (p::date + 1)::timestamp at time zone 'UTC' as end_at, idx::int as idx
        from unnest(string_to_array(${range.dates.join(',')}, ',')) with ordinality as u(p, idx)
      ),
      ends as (select array_agg(end_at order by idx) as ends, max(end_at) as last_end from points),
      u as (
        -- width_bucket counts the period ends at or before the update: its period is the next one.
        select pu.measure_id, pu.activity_id, pu.measure_progress, pu.phase, pu.at, pu.id, width_bucket(pu.at, ends.ends) + 1 as idx
        from progress_updates pu cross join ends
        where pu.plan_id = ${planId} and pu.at < ends.last_end
      ),
      last_progress as (
        select distinct on (measure_id, idx) measure_id, idx, measure_progress
        from u order by measure_id, idx, at desc, id desc
      ),
      last_phase as (
        select distinct on (measure_id, idx) measure_id, idx, phase::text as phase
        from u where activity_id is null order by measure_id, idx, at desc, id desc
      ),
      m as (select ms.id, a.code as area_code from measures ms join areas a on a.id = ms.area_id where ms.plan_id = ${planId}),
      grid as (
        -- A running count of the periods with a value so far: each value and the periods after it without one share a count.
        select m.id, m.area_code, points.idx, points.d, lp.measure_progress, lph.phase,
          count(lp.measure_progress) over w as progress_run, count(lph.phase) over w as phase_run
        from m cross join points
        left join last_progress lp on lp.measure_id = m.id and lp.idx = points.idx
        left join last_phase lph on lph.measure_id = m.id and lph.idx = points.idx
        window w as (partition by m.id order by points.idx)
      ),
      s as (
        select d, area_code,
          coalesce(first_value(measure_progress) over (partition by id, progress_run order by idx), 0) as progress,
          coalesce(first_value(phase) over (partition by id, phase_run order by idx), 'not_started') as phase
        from grid
      )
      select d::text as d, area_code, grouping(area_code) as by_area,
        round(avg(case when phase = 'completed' then 100 else progress end) filter (where phase <> 'discontinued'))::int as progress
      from s group by grouping sets ((d), (d, area_code))`,
  );
  const key = (d: string, area: string | null) => `${d}|${area ?? ''}`;
  const byKey = new Map(rows.map((r) => [key(r.d, r.by_area === 0 ? r.area_code : null), r.progress]));
  return {
    from: range.from,
    to: range.to,
    interval: range.interval,
    points: range.dates.map((date) => ({
      date,
      overall: byKey.get(key(date, null)) ?? null,
      areas: areaCodes.map((areaCode) => ({ areaCode, progress: byKey.get(key(date, areaCode)) ?? null })),
    })),
  };
}
