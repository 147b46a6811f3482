import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compressResponses } from '@/server/lib/compression.ts';

export type FloorServer = { url: string; stop: () => Promise<void> };

/** Serves the floor app's build on 127.0.0.1 and a free port, in this process, compressed as the app's server compresses. */
export function startFloorServer(distDir: string): Promise<FloorServer> {
  const app = new Hono();
  app.use('*', compressResponses);
  app.use('*', serveStatic({ root: distDir }));
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (address: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${address.port}`,
        stop: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
