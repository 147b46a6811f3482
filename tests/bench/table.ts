/**
 * Part 4 of issue 6: the measures table at 10,000 rows in Chromium, next to its floor.
 *
 * The app's production build runs on the real server over the bench database (10,000 measures,
 * 50,000 activities); the page shows the measures (?kind=measure), 10,000 rows. Measured inside
 * the page (table/in-page.js): the first rows after a navigation, a press of the title column's
 * sort button, and a search applied and cleared, each to the end of the next frame, at normal
 * speed and with 4× CPU slowdown. The floor (table/floor/main.tsx) is plain React showing the
 * same rows from the same API, measured the same way in the same browser.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../e2e/support/browser.ts';
import { startBenchServer } from './lib/bench-server.ts';
import { buildApp } from './lib/build.ts';
import { type BenchContext, type Budget, type Figure, median, type SectionResult } from './lib/report.ts';
import { prepareBenchData } from './scale/bench-data.ts';
import { buildFloor } from './table/floor.ts';
import { measureTables, type Samples, type TableTimings } from './table/measure.ts';

const rates = [1, 4] as const;
/** Issue 6: sort or filter to the next frame, by CPU slowdown. */
const limits: Record<(typeof rates)[number], number> = { 1: 50, 4: 120 };

const speedName = (rate: number) => (rate === 1 ? 'normal speed' : `${rate}× CPU slowdown`);

function figuresAndBudgets(timings: TableTimings): { figures: Figure[]; budgets: Budget[] } {
  const figures: Figure[] = [];
  const budgets: Budget[] = [];
  for (const rate of rates) {
    const of = (side: 'app' | 'floor', what: keyof Samples) => median(timings.find((t) => t.rate === rate && t.side === side)?.samples[what] ?? []);
    const figure = (what: keyof Samples, name: string): Figure => ({ name: `${name} (${speedName(rate)})`, value: of('app', what), unit: 'ms', floor: of('floor', what) });
    const load = figure('load', 'Table: navigation to first rows shown');
    const sort = figure('sort', 'Table: sort (title header) to next frame');
    const search = figure('search', 'Table: search applied to next frame');
    const clear = figure('clear', 'Table: search cleared to next frame');
    figures.push(load, sort, search, clear);
    budgets.push(
      { name: `Table at 10,000 rows: sort to next frame, ${speedName(rate)}`, value: sort.value, unit: 'ms', limit: limits[rate], kind: 'max' },
      // Both directions are a filter: the slower of the two is checked.
      {
        name: `Table at 10,000 rows: filter to next frame, ${speedName(rate)}`,
        value: Math.max(search.value, clear.value),
        unit: 'ms',
        limit: limits[rate],
        kind: 'max',
      },
    );
  }
  return { figures, budgets };
}

export default async function table(ctx: BenchContext): Promise<SectionResult> {
  const distDir = buildApp(ctx.root, ctx.log);
  const floorDir = buildFloor(ctx.root, ctx.log);
  const dataDir = mkdtempSync(join(tmpdir(), 'apt-bench-table-data-'));
  let browser: Browser | undefined;
  try {
    const account = await prepareBenchData({ dataDir, log: ctx.log });
    const server = await startBenchServer({ distDir, dataDir });
    try {
      browser = await launchChromium();
      const { timings, term } = await measureTables({ browser, baseURL: server.url, account, floorDir, query: 'kind=measure', runs: ctx.runs, rates, log: ctx.log });
      const repeats = Math.max(5, ctx.runs);
      return {
        title: 'Table at scale (measures table, 10,000 rows, Chromium)',
        ...figuresAndBudgets(timings),
        notes: [
          `production build on the real server (PGlite) over the bench data; /measures?kind=measure shows its 10,000 measures; signed in as the bench coordinator`,
          `median of ${ctx.runs} navigations (after the unmeasured one that signs in) and of ${3 * Math.ceil(repeats / 3)} sort presses (ascending, descending, plan order) and ${repeats} searches for "${term}" and their clearing`,
          'times taken in the page: from the event (navigation start for first rows) to the end of the next frame after the DOM shows the change; 4× slowdown by CDP Emulation.setCPUThrottlingRate',
          'floor: plain React 19 (no router, query or table library) reading the same /api/v1/plan, rendering only the rows in view at a fixed height, sorting and searching prepared keys',
        ],
      };
    } finally {
      await browser?.close();
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(floorDir, { recursive: true, force: true });
  }
}
