/**
 * Part "api" of `npm run bench`: the API at 10,000 measures (scale/bench-data.ts), and the
 * server's memory. Each endpoint is timed on the real server (its own process, signed in, over
 * kept-alive loopback HTTP) side by side with its floor: the same SQL, recorded from the server
 * in a recording run, replayed by a bare node:http process through the driver (scale/floor-server.ts).
 * On PGlite always, on PostgreSQL too when BENCH_DATABASE_URL is set.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { berlinDate } from '@/lib/freshness.ts';
import { startBenchServer } from './lib/bench-server.ts';
import { type BenchContext, type Budget, type Figure, median, percentile, type SectionResult } from './lib/report.ts';
import { type BenchAccount, benchSizes, prepareBenchData } from './scale/bench-data.ts';
import { startFloorServer } from './scale/floor-server.ts';
import { createHttpClient } from './scale/http-client.ts';
import { type Endpoint, type EndpointTimes, loadEndpoint, type LoadSettings } from './scale/load.ts';
import { type BenchRequest, recordRequests, type Target } from './scale/record-requests.ts';
import { sampleRss } from './scale/rss.ts';
import { createScratchDatabase } from './scale/scratch-postgres.ts';

const READ_P95_MS = 50;
const READ_FLOOR_RATIO = 3;
const RSS_FLOOR_RATIO = 1.3;
const load: LoadSettings = { warmUp: 20, requests: 200, maxMs: 20_000, minRequests: 5 };

/** The measures the single read and the recorded write are about: generated ones, in the middle of their areas. */
const ONE_MEASURE = '2.1000';
const RECORDED_WRITE = '1.1000';

function benchRequests(today: string): { label: string; request: BenchRequest }[] {
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const read = (name: string, path: string) => ({ label: `GET ${path.split('?')[0]}`, request: { name, path } });
  return [
    read('plan', '/api/v1/plan'),
    { label: 'GET /api/v1/measures?area&phase', request: { name: 'measures-filtered', path: '/api/v1/measures?area=3&phase=in_progress' } },
    { label: 'GET /api/v1/measures/{code}', request: { name: 'measure', path: `/api/v1/measures/${ONE_MEASURE}` } },
    read('stats-summary', '/api/v1/stats/summary'),
    { label: 'GET /api/v1/stats/progress-history (a year, monthly)', request: { name: 'progress-history', path: `/api/v1/stats/progress-history?from=${yearAgo}&to=${today}&interval=month` } },
    {
      label: 'POST /api/v1/measures/{code}/updates',
      request: {
        name: 'write',
        path: `/api/v1/measures/${RECORDED_WRITE}/updates`,
        write: { body: { narrative: 'Bench: Sachstand unverändert.' }, measurePath: `/api/v1/measures/${RECORDED_WRITE}` },
      },
    },
  ];
}

type Rss = { server: number; floor: number };
type Run = {
  label: string;
  times: Map<string, EndpointTimes>;
  /** Each read right after a write, when the server builds its answer afresh. */
  cold: Map<string, number[]>;
  rss: { idle: Rss; load: Rss; peak: Rss };
};

/** Reads right after a write, per endpoint: the server's kept answer is gone, so it is built again. */
const COLD_READS = 5;

async function signIn(http: ReturnType<typeof createHttpClient>, url: string, account: BenchAccount) {
  const answer = await http.request(`${url}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: account.username, password: account.password }),
  });
  if (answer.status !== 200) throw new Error(`signing in to the bench server failed: ${answer.status} ${answer.body}`);
  const cookie = [answer.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('apt_session='))?.split(';')[0] ?? '';
  return { Cookie: cookie, 'X-CSRF-Token': (JSON.parse(answer.body) as { csrfToken: string }).csrfToken };
}

/** Starts server and floor on `target`, loads both and samples their memory. */
async function measure(
  ctx: BenchContext,
  label: string,
  targets: { server: Target; floor: Target },
  account: BenchAccount,
  requests: { label: string; request: BenchRequest }[],
  workDir: string,
): Promise<Run> {
  ctx.log(`${label}: recording the SQL of each request`);
  const recorded = await recordRequests(targets.server, account, requests.map((r) => r.request));
  const queriesFile = join(workDir, `queries-${label}.json`);
  await writeFile(queriesFile, JSON.stringify(recorded));

  // The API needs no built app: an empty directory keeps a vite build out of this part.
  const distDir = await mkdtemp(join(workDir, 'dist-'));
  const server = await startBenchServer({ distDir, dataDir: targets.server.dataDir, databaseUrl: targets.server.databaseUrl });
  const floor = await startFloorServer({ queriesFile, ...targets.floor }).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  const http = createHttpClient();
  try {
    const session = await signIn(http, server.url, account);
    // Settle after start and sign-in (whose password hashing allocates for a moment), then sample idle.
    await new Promise((done) => setTimeout(done, 2000));
    const idle = sampleRss([server.pid, floor.pid]);
    await new Promise((done) => setTimeout(done, 1000));
    const idleSamples = idle.stop();

    const all = await http.request(`${server.url}/api/v1/measures`, { headers: session });
    const summaries = JSON.parse(all.body) as { code: string; etag: string }[];
    const spread = Math.max(1, Math.floor(summaries.length / (load.warmUp + load.requests + 1)));
    const writeTargets = summaries.filter((_, i) => i % spread === 0);

    const endpoints: Endpoint[] = requests.map(({ request }) => ({
      name: request.name,
      read: !request.write,
      request: (i) => {
        if (!request.write) return { path: request.path, headers: session };
        const target = writeTargets[i % writeTargets.length] as { code: string; etag: string };
        return {
          path: `/api/v1/measures/${target.code}/updates`,
          method: 'POST',
          headers: { ...session, 'Content-Type': 'application/json', 'If-Match': target.etag },
          body: JSON.stringify(request.write.body),
        };
      },
    }));

    const sampler = sampleRss([server.pid, floor.pid]);
    const times = new Map<string, EndpointTimes>();
    for (const endpoint of endpoints) {
      ctx.log(`${label}: ${endpoint.name}`);
      times.set(endpoint.name, await loadEndpoint(http, { server: server.url, floor: floor.url }, endpoint, load));
    }
    const loadSamples = sampler.stop();

    // A write moves the data version; the next read of each endpoint builds its answer again.
    const written = requests.find((r) => r.request.write)?.request.write;
    const cold = new Map<string, number[]>();
    if (written) {
      let writes = 0;
      const writeOnce = async () => {
        const code = (writeTargets[writes++ % writeTargets.length] as { code: string }).code;
        const etag = (await http.request(`${server.url}/api/v1/measures/${code}`, { headers: session })).headers.etag;
        const answer = await http.request(`${server.url}/api/v1/measures/${code}/updates`, {
          method: 'POST',
          headers: { ...session, 'Content-Type': 'application/json', 'If-Match': String(etag) },
          body: JSON.stringify(written.body),
        });
        if (answer.status !== 201) throw new Error(`the write before a cold read answered ${answer.status}: ${answer.body.slice(0, 300)}`);
      };
      for (const endpoint of endpoints.filter((e) => requests.some((r) => r.request.name === e.name && !r.request.write))) {
        ctx.log(`${label}: ${endpoint.name} after a write`);
        const samples: number[] = [];
        for (let i = 0; i < COLD_READS; i++) {
          await writeOnce();
          const { path, ...init } = endpoint.request(i);
          samples.push((await http.request(`${server.url}${path}`, init)).ms);
        }
        cold.set(endpoint.name, samples);
      }
    }
    const of = (samples: Map<number, number[]>, pid: number, stat: (values: number[]) => number) => stat(samples.get(pid) ?? [Number.NaN]);
    const p95 = (values: number[]) => percentile(values, 95);
    const peak = (values: number[]) => Math.max(...values);
    return {
      label,
      times,
      cold,
      rss: {
        idle: { server: of(idleSamples, server.pid, median), floor: of(idleSamples, floor.pid, median) },
        load: { server: of(loadSamples, server.pid, p95), floor: of(loadSamples, floor.pid, p95) },
        peak: { server: of(loadSamples, server.pid, peak), floor: of(loadSamples, floor.pid, peak) },
      },
    };
  } finally {
    http.close();
    await Promise.all([server.stop(), floor.stop()]);
  }
}

function report(runs: Run[], requests: { label: string; request: BenchRequest }[], budgetOn: string): { figures: Figure[]; budgets: Budget[] } {
  const figures: Figure[] = [];
  const budgets: Budget[] = [];
  for (const run of runs) {
    for (const { label, request } of requests) {
      const t = run.times.get(request.name);
      if (!t) continue;
      const p95 = percentile(t.server, 95);
      const floorP95 = percentile(t.floor, 95);
      figures.push(
        { name: `${label} p50 (${run.label})`, value: percentile(t.server, 50), unit: 'ms', floor: percentile(t.floor, 50) },
        { name: `${label} p95 (${run.label}, n=${t.server.length})`, value: p95, unit: 'ms', floor: floorP95 },
        { name: `${label} body on the wire (${run.label})`, value: t.serverBytes, unit: 'B', floor: t.floorBytes },
      );
      const cold = run.cold.get(request.name);
      if (cold) figures.push({ name: `${label} right after a write, median (${run.label}, n=${cold.length})`, value: median(cold), unit: 'ms', floor: percentile(t.floor, 50) });
      if (run.label === budgetOn && !request.write) {
        budgets.push(
          { name: `${label} p95 (${run.label})`, value: p95, unit: 'ms', limit: READ_P95_MS, kind: 'max' },
          { name: `${label} p95 ÷ floor p95 (${run.label})`, value: p95 / floorP95, unit: 'x', limit: READ_FLOOR_RATIO, kind: 'max' },
        );
      }
    }
    figures.push(
      { name: `server RSS idle (${run.label})`, value: run.rss.idle.server, unit: 'MB', floor: run.rss.idle.floor },
      { name: `server RSS under load, p95 (${run.label})`, value: run.rss.load.server, unit: 'MB', floor: run.rss.load.floor },
      { name: `server RSS under load, peak (${run.label})`, value: run.rss.peak.server, unit: 'MB', floor: run.rss.peak.floor },
    );
    // Against a bare PGlite process only on PGlite: with PostgreSQL the data lives in another process.
    if (run.label === 'PGlite') {
      budgets.push({ name: 'server RSS under load (p95) ÷ bare PGlite process', value: run.rss.load.server / run.rss.load.floor, unit: 'x', limit: RSS_FLOOR_RATIO, kind: 'max' });
    }
  }
  return { figures, budgets };
}

export default async function api(ctx: BenchContext): Promise<SectionResult> {
  const sizes = benchSizes();
  const requests = benchRequests(berlinDate(new Date()));
  const workDir = await mkdtemp(join(tmpdir(), 'apt-bench-api-'));
  const runs: Run[] = [];
  try {
    const serverDir = join(workDir, 'server-data');
    const floorDir = join(workDir, 'floor-data');
    const account = await prepareBenchData({ ...sizes, dataDir: serverDir, log: ctx.log });
    await prepareBenchData({ ...sizes, dataDir: floorDir, log: ctx.log });
    runs.push(await measure(ctx, 'PGlite', { server: { dataDir: serverDir }, floor: { dataDir: floorDir } }, account, requests, workDir));

    if (ctx.databaseUrl) {
      const scratch = await createScratchDatabase(ctx.databaseUrl);
      try {
        ctx.log('PostgreSQL: seeding apt_bench');
        await prepareBenchData({ ...sizes, databaseUrl: scratch.url, log: ctx.log });
        runs.push(await measure(ctx, 'PostgreSQL', { server: { databaseUrl: scratch.url }, floor: { databaseUrl: scratch.url } }, account, requests, workDir));
      } finally {
        await scratch.drop();
      }
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }

  const budgetOn = ctx.databaseUrl ? 'PostgreSQL' : 'PGlite';
  return {
    title: `API at ${sizes.measures.toLocaleString('en')} measures, ${(sizes.measures * sizes.activitiesPerMeasure).toLocaleString('en')} activities, ${sizes.updates.toLocaleString('en')} updates; server memory`,
    ...report(runs, requests, budgetOn),
    notes: [
      `budgets checked on ${budgetOn}${ctx.databaseUrl ? '' : ' (set BENCH_DATABASE_URL to check them on PostgreSQL, as the issue asks)'}; memory against the bare PGlite process on PGlite only`,
      'each request accepts compressed answers as Chromium does (Accept-Encoding: gzip, deflate, br, zstd) and is timed from sending to its last byte received; decoding the body (gunzip, text) is the client\'s work and not timed. The floor answers uncompressed; "body on the wire" gives the bytes each side sent',
      `sequential requests over one kept-alive loopback connection, server and floor in turn: ${load.warmUp} to warm up, then up to ${load.requests} each, fewer (at least ${load.minRequests} rounds) where an endpoint takes over ${load.maxMs / 1000} s; where the floor is much slower, a read goes to the server up to 5 times per round (as often as fits in the floor's time): n in the p95 line`,
      'floor: the SQL the server runs to build that answer (recorded at the driver in a recording run with nothing kept yet, session check and transaction included), replayed through the driver by a bare node:http process, answered with JSON.stringify of the rows',
      'writes: a narrative-only update to a different measure each time (If-Match from GET /api/v1/measures); its floor replays the recorded write verbatim',
      `the server keeps the answers of its big reads until the data changes (README, decision 17): the timed reads above are answered from what it kept; "right after a write" is each read's first request after a write (${COLD_READS} writes each), when the answer is built again — its floor figure is the floor's p50`,
      'RSS: VmRSS from /proc, sampled every 100 ms; idle = median over 1 s after sign-in; under load = p95 (and peak) of the samples over all the requests above',
    ],
  };
}
