/**
 * Bytes: the JavaScript needed to paint the first page, and to show the overview with its charts
 * after signing in, gzip (level 9) and brotli (quality 11), for the production build; the floor
 * app (React, the router and TanStack Query alone) built in the same run alongside.
 */
import { buildFloor } from './floor/build-floor.ts';
import { buildApp } from './lib/build.ts';
import { startDemoServer } from './lib/demo-server.ts';
import { firstPageScripts, jsSizes } from './lib/js-sizes.ts';
import { scriptsLoadedFor } from './lib/overview-scripts.ts';
import type { BenchContext, Budget, Figure, SectionResult } from './lib/report.ts';

const firstPageBudget = 130_000;
const overviewBudget = 280_000;

export default async function bytes(ctx: BenchContext): Promise<SectionResult> {
  const distDir = buildApp(ctx.root, ctx.log);
  const floorDir = buildFloor(ctx.root, ctx.log);
  // The floor's one page is its first page and its whole app: the floor for both figures.
  const floor = jsSizes(floorDir, firstPageScripts(floorDir));
  const firstPage = jsSizes(distDir, firstPageScripts(distDir));

  ctx.log('loading the overview as council to see which scripts it needs');
  const server = await startDemoServer(distDir);
  let overviewFiles: string[];
  try {
    overviewFiles = await scriptsLoadedFor(server.url, 'council', '/');
  } finally {
    await server.stop();
  }
  const overview = jsSizes(distDir, overviewFiles);

  const figures: Figure[] = [
    { name: 'first page JS, gzip', value: firstPage.gzip, unit: 'B', floor: floor.gzip },
    { name: 'first page JS, brotli', value: firstPage.brotli, unit: 'B', floor: floor.brotli },
    { name: 'first page JS, uncompressed', value: firstPage.raw, unit: 'B', floor: floor.raw },
    { name: `overview with charts JS (${overview.files} files), gzip`, value: overview.gzip, unit: 'B', floor: floor.gzip },
    { name: 'overview with charts JS, brotli', value: overview.brotli, unit: 'B', floor: floor.brotli },
    { name: 'overview with charts JS, uncompressed', value: overview.raw, unit: 'B', floor: floor.raw },
  ];
  const budgets: Budget[] = [
    { name: 'first page JS gzip', value: firstPage.gzip, unit: 'B', limit: firstPageBudget, kind: 'max' },
    { name: 'overview with charts JS gzip', value: overview.gzip, unit: 'B', limit: overviewBudget, kind: 'max' },
  ];
  return {
    title: 'Bytes: JavaScript to paint the first page and the overview (production build; floor: React + router + TanStack Query)',
    figures,
    budgets,
    notes: [
      `first page: the ${firstPage.files} scripts index.html references; each file compressed on its own`,
      `overview: every script a fresh browser signed in as council loaded until all charts were drawn: ${overviewFiles.join(', ')}`,
    ],
  };
}
