import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { cameOverHttps, clientAddress } from './client-address.ts';

/** What the app makes of a request's origin, with or without TRUST_PROXY. */
async function seen(trustProxy: boolean, init: { url?: string; headers?: Record<string, string>; socketAddress?: string }) {
  const app = new Hono().get('*', (c) => c.json({ address: clientAddress(c, trustProxy), https: cameOverHttps(c, trustProxy) }));
  const env = init.socketAddress ? { incoming: { socket: { remoteAddress: init.socketAddress, remotePort: 50_000, remoteFamily: 'IPv6' } } } : undefined;
  const res = await app.fetch(new Request(init.url ?? 'http://localhost/', { headers: init.headers }), env);
  return (await res.json()) as { address: string; https: boolean };
}

describe('where a request comes from', () => {
  it('is the socket’s peer, an IPv4 client of a dual-stack socket written as IPv4', async () => {
    expect(await seen(false, { socketAddress: '2001:db8::7' })).toEqual({ address: '2001:db8::7', https: false });
    expect((await seen(false, { socketAddress: '::ffff:192.0.2.4' })).address).toBe('192.0.2.4');
  });

  it('is "unknown" for a request made in-process, which has no socket', async () => {
    expect((await seen(false, {})).address).toBe('unknown');
  });

  it('ignores X-Forwarded-For and -Proto, which anyone can send, unless TRUST_PROXY is set', async () => {
    const headers = { 'X-Forwarded-For': '203.0.113.9', 'X-Forwarded-Proto': 'https' };
    expect(await seen(false, { socketAddress: '10.0.0.2', headers })).toEqual({ address: '10.0.0.2', https: false });
  });

  it('with TRUST_PROXY takes the address our proxy added (the last one) and its scheme', async () => {
    const headers = { 'X-Forwarded-For': '198.51.100.66, 203.0.113.9', 'X-Forwarded-Proto': 'https' };
    expect(await seen(true, { socketAddress: '10.0.0.2', headers })).toEqual({ address: '203.0.113.9', https: true });
    expect(await seen(true, { socketAddress: '10.0.0.2' })).toEqual({ address: '10.0.0.2', https: false });
  });

  it('came over HTTPS when the URL says so', async () => {
    expect((await seen(false, { url: 'https://tracker.example/' })).https).toBe(true);
  });
});
