/**
 * What every part of the benchmark gives back: figures to print, and budgets to check.
 * Figures are taken side by side with their floor in the same run, so that a noisy
 * shared machine shows in both and the ratio stays meaningful.
 */

/** One measured figure, with its floor where it has one. */
export type Figure = {
  /** What was measured, e.g. "GET /api/v1/plan p95 (PGlite)". */
  name: string;
  value: number;
  unit: 'B' | 'ms' | 'MB' | 'score' | '';
  /** The same figure for the floor, measured in the same run. */
  floor?: number;
};

/** A budget from the issue: the figure it is checked on, and its limit. */
export type Budget = {
  name: string;
  value: number;
  unit: Figure['unit'] | 'x';
  limit: number;
  /** 'max': value ≤ limit passes; 'min': value ≥ limit passes. */
  kind: 'max' | 'min';
};

export type SectionResult = {
  title: string;
  figures: Figure[];
  budgets: Budget[];
  /** Anything a reader should know to read the figures (what was skipped and why, settings). */
  notes?: string[];
};

export type BenchContext = {
  /** The project's root directory. */
  root: string;
  /** Runs per measurement where a section repeats a measurement (median of these). */
  runs: number;
  /** PostgreSQL to measure the API on besides PGlite, from BENCH_DATABASE_URL. */
  databaseUrl?: string;
  /** Prints a progress line to stderr, so that the report on stdout stays clean. */
  log: (line: string) => void;
};

export const passes = (budget: Budget) => (budget.kind === 'max' ? budget.value <= budget.limit : budget.value >= budget.limit);

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The p-th percentile (0–100) by the nearest-rank method. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}
