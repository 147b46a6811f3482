/**
 * `npm run bench`: measures the app side by side with its floor and prints a report.
 * `npm run bench:check` does the same and exits non-zero when a budget fails.
 * `-- --only bytes,api` runs some parts only; `-- --runs 5` repeats more.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type BenchContext, type Budget, type Figure, passes, type SectionResult } from './lib/report.ts';

const sections: Record<string, () => Promise<{ default: (ctx: BenchContext) => Promise<SectionResult> }>> = {
  bytes: () => import('./bytes.ts'),
  lighthouse: () => import('./lighthouse.ts'),
  api: () => import('./api.ts'),
  table: () => import('./table.ts'),
};

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    only: { type: 'string' },
    runs: { type: 'string', default: '3' },
  },
});

const chosen = values.only ? values.only.split(',').map((name) => name.trim()) : Object.keys(sections);
const unknown = chosen.filter((name) => !(name in sections));
if (unknown.length > 0) {
  console.error(`Unknown part(s): ${unknown.join(', ')}. Known: ${Object.keys(sections).join(', ')}.`);
  process.exit(2);
}

const ctx: BenchContext = {
  root: resolve(import.meta.dirname, '../..'),
  runs: Math.max(1, Number(values.runs) || 3),
  databaseUrl: process.env.BENCH_DATABASE_URL || undefined,
  log: (line) => console.error(`bench: ${line}`),
};

/** Decimals by unit: bytes whole, ratios to 2, plain numbers (CLS) to 3, times and sizes to 1. */
const decimals: Record<string, number> = { x: 2, '': 3 };
const number = (value: number, unit: string) =>
  unit === 'B'
    ? `${Math.round(value).toLocaleString('en')} B`
    : `${Number.isInteger(value) ? value : value.toFixed(decimals[unit] ?? 1)}${unit && unit !== 'score' ? ` ${unit}` : ''}`;

function printFigure(figure: Figure) {
  // A ratio to a floor of 0 (CLS, say) says nothing.
  const ratio = figure.floor ? `   ratio ${(figure.value / figure.floor).toFixed(2)}×` : '';
  const floor = figure.floor === undefined ? '' : `   floor ${number(figure.floor, figure.unit)}${ratio}`;
  console.log(`  ${figure.name.padEnd(58)} ${number(figure.value, figure.unit).padStart(12)}${floor}`);
}

const budgetLine = (budget: Budget) =>
  `${passes(budget) ? 'PASS' : 'FAIL'}  ${budget.name}: ${number(budget.value, budget.unit)} (${budget.kind === 'max' ? '≤' : '≥'} ${number(budget.limit, budget.unit)})`;

const budgets: Budget[] = [];
let broken = false;
for (const name of chosen) {
  ctx.log(`${name} …`);
  try {
    const { default: run } = await (sections[name] as (typeof sections)[string])();
    const result = await run(ctx);
    console.log(`\n## ${result.title}`);
    for (const figure of result.figures) printFigure(figure);
    for (const note of result.notes ?? []) console.log(`  note: ${note}`);
    budgets.push(...result.budgets);
  } catch (error) {
    broken = true;
    console.log(`\n## ${name}: could not be measured\n  ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

console.log('\n## Budgets');
for (const budget of budgets) console.log(budgetLine(budget));
const failed = budgets.filter((budget) => !passes(budget)).length;
console.log(`\n${budgets.length - failed} of ${budgets.length} budgets pass${broken ? '; some parts could not be measured' : ''}.`);
// Exits even if a part that failed left a connection or a timer behind.
process.exit(values.check && (failed > 0 || broken) ? 1 : 0);
