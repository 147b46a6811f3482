/**
 * Page load: Lighthouse (performance only, mobile and desktop presets, median of ctx.runs) on the
 * login page, the overview and the measures table, against the production build served by the
 * app's server with the demo data; the floor app measured in the same runs, interleaved with them.
 */
import { buildFloor } from './floor/build-floor.ts';
import { startFloorServer } from './floor/serve-floor.ts';
import { buildApp } from './lib/build.ts';
import { sessionCookie, startDemoServer } from './lib/demo-server.ts';
import { launchLighthouseChrome, measurePageLoad, type PageLoad, type Preset } from './lib/lighthouse-run.ts';
import { type BenchContext, type Budget, type Figure, median, type SectionResult } from './lib/report.ts';

type PageToLoad = { name: string; path: string; signedIn: boolean };

const pages: PageToLoad[] = [
  { name: 'login', path: '/login', signedIn: false },
  { name: 'overview', path: '/', signedIn: true },
  { name: 'measures table', path: '/measures', signedIn: true },
];
const presets: Preset[] = ['mobile', 'desktop'];
// The overview is council's home page; they may read the measures table too.
const reader = 'council';

const medianLoad = (loads: readonly PageLoad[]): PageLoad => {
  const of = (key: keyof PageLoad) => median(loads.map((load) => load[key]));
  return { score: of('score'), lcp: of('lcp'), tbt: of('tbt'), cls: of('cls') };
};

export default async function pageLoad(ctx: BenchContext): Promise<SectionResult> {
  const distDir = buildApp(ctx.root, ctx.log);
  const floorDir = buildFloor(ctx.root, ctx.log);
  const app = await startDemoServer(distDir);
  const floor = await startFloorServer(floorDir);
  const chrome = await launchLighthouseChrome();
  const loads = new Map<string, PageLoad[]>();
  const record = (key: string, load: PageLoad) => loads.set(key, [...(loads.get(key) ?? []), load]);
  try {
    const cookie = await sessionCookie(app.url, reader);
    for (const preset of presets) {
      // Interleaved, so that a busy moment on the shared machine falls on app and floor alike.
      for (let run = 1; run <= ctx.runs; run++) {
        ctx.log(`lighthouse ${preset}, run ${run} of ${ctx.runs}`);
        record(`floor ${preset}`, await measurePageLoad(chrome, `${floor.url}/`, preset));
        for (const page of pages) {
          record(`${page.name} ${preset}`, await measurePageLoad(chrome, new URL(page.path, app.url).href, preset, page.signedIn ? cookie : undefined));
        }
      }
    }
  } finally {
    chrome.kill();
    await Promise.all([app.stop(), floor.stop()]);
  }

  const result = (key: string) => medianLoad(loads.get(key) ?? []);
  const figures: Figure[] = [];
  for (const preset of presets) {
    const floorLoad = result(`floor ${preset}`);
    for (const page of pages) {
      const load = result(`${page.name} ${preset}`);
      const name = `${page.name} (${preset})`;
      figures.push(
        { name: `${name} performance score`, value: load.score, unit: 'score', floor: floorLoad.score },
        { name: `${name} LCP`, value: Math.round(load.lcp), unit: 'ms', floor: Math.round(floorLoad.lcp) },
        { name: `${name} TBT`, value: Math.round(load.tbt), unit: 'ms', floor: Math.round(floorLoad.tbt) },
        { name: `${name} CLS`, value: Number(load.cls.toFixed(3)), unit: '', floor: Number(floorLoad.cls.toFixed(3)) },
      );
    }
  }

  const overviewMobile = result('overview mobile');
  const overviewDesktop = result('overview desktop');
  const budgets: Budget[] = [
    { name: 'Lighthouse overview mobile score', value: overviewMobile.score, unit: 'score', limit: 95, kind: 'min' },
    { name: 'Lighthouse overview desktop score', value: overviewDesktop.score, unit: 'score', limit: 100, kind: 'min' },
    { name: 'Lighthouse overview mobile CLS', value: Number(overviewMobile.cls.toFixed(3)), unit: '', limit: 0.02, kind: 'max' },
    { name: 'Lighthouse overview desktop CLS', value: Number(overviewDesktop.cls.toFixed(3)), unit: '', limit: 0.02, kind: 'max' },
  ];
  return {
    title: `Page load: Lighthouse 12, performance, median of ${ctx.runs} (floor: React + router + TanStack Query, one route and a tiny fetch)`,
    figures,
    budgets,
    notes: [
      `overview and measures table signed in as ${reader} (session cookie sent with every request); demo data with about 18 months of history`,
      'mobile: Lighthouse default (simulated slow 4G, 4× CPU slowdown); desktop: desktop-config; the server is on loopback, throttling is simulated',
      'each figure is the median of its own runs (the score of the median run is not necessarily next to the median LCP)',
    ],
  };
}
