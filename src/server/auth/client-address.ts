import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** Requests made in-process (app.request, app.fetch in tests) have no socket to ask. */
export const UNKNOWN_ADDRESS = 'unknown';

/**
 * The address the request came from: the socket's peer. X-Forwarded-For is anyone's to write, so
 * it counts only with TRUST_PROXY, and then only its last entry, the one our own proxy added.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
    if (forwarded) return normalise(forwarded);
  }
  const env = c.env as { incoming?: unknown; server?: { incoming?: unknown } } | undefined;
  if (!env?.incoming && !env?.server?.incoming) return UNKNOWN_ADDRESS;
  const address = getConnInfo(c).remote.address;
  return address ? normalise(address) : UNKNOWN_ADDRESS;
}

/** Whether the browser reached us over HTTPS, so that the session cookie can be marked Secure. */
export function cameOverHttps(c: Context, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustProxy && c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

// An IPv4 client of a dual-stack socket shows as ::ffff:192.0.2.1; one client, one spelling.
const normalise = (address: string) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');
