/** Sequential HTTP requests on one kept-alive loopback connection, each timed to its last byte. */
import { Agent, request as httpRequest } from 'node:http';

export type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string; ms: number };

export type HttpClient = {
  request: (url: string, init?: { method?: string; headers?: Record<string, string>; body?: string }) => Promise<Answer>;
  /** Closes the kept-alive connection, so that the server can stop. */
  close: () => void;
};

export function createHttpClient(): HttpClient {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  return {
    request: (url, init = {}) =>
      new Promise((resolve, reject) => {
        const started = performance.now();
        const req = httpRequest(url, { agent, method: init.method ?? 'GET', headers: init.headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }),
          );
          res.on('error', reject);
        });
        req.on('error', reject);
        req.end(init.body);
      }),
    close: () => agent.destroy(),
  };
}
