import { mkdtempSync } from 'node:fs';
import { startBenchServer } from './bench/lib/bench-server.ts';
import { prepareBenchData } from './bench/scale/bench-data.ts';
const dataDir = mkdtempSync('/tmp/probe/d-');
const account = await prepareBenchData({ dataDir, log: console.log });
const distDir = mkdtempSync('/tmp/probe/dist-');
const s = await startBenchServer({ distDir, dataDir });
s.process.stderr?.on('data', (c) => process.stdout.write('[server] ' + c));
s.process.stdout?.on('data', (c) => process.stdout.write('[server] ' + c));
s.process.on('exit', (code, sig) => console.log('server exit', code, sig));
const r = await fetch(s.url + '/api/v1/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(account) });
const cookie = r.headers.get('set-cookie')!.split(';')[0]!;
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  try {
    const p = await fetch(s.url + '/api/v1/plan', { headers: { Cookie: cookie, 'Accept-Encoding': 'identity' } });
    const body = await p.arrayBuffer();
    console.log('plan', p.status, body.byteLength, Math.round(performance.now() - t), 'ms');
  } catch (e) { console.log('error', e, Math.round(performance.now() - t)); }
}
await s.stop();
