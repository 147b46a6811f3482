/** Sequential HTTP requests on one kept-alive loopback connection, each timed to its last byte. */
import { Agent, request as httpRequest } from 'node:http';

export type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string; ms: number };

type Init = { method?: string; headers?: Record<string, string>; body?: string };

export type HttpClient = {
  request: (url: string, init?: Init) => Promise<Answer>;
  /** Closes the kept-alive connection, so that the server can stop. */
  close: () => void;
};

/**
 * A server closes a kept-alive connection after some seconds without a request (Node's default
 * is 5 s); a request sent on it just then fails with "socket hang up" or ECONNRESET. That happens
 * when the other side's answer (the floor's, or a cold read) takes about that long. Such a request
 * never reached the server: it is sent again, once, on a new connection, as Node's documentation
 * of `request.reusedSocket` advises.
 */
const closedUnderneath = (error: NodeJS.ErrnoException, reused: boolean) => reused && (error.code === 'ECONNRESET' || error.message === 'socket hang up');

export function createHttpClient(): HttpClient {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const once = (url: string, init: Init, retried: boolean): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      let gotAnswer = false;
      const req = httpRequest(url, { agent, method: init.method ?? 'GET', headers: init.headers }, (res) => {
        gotAnswer = true;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
        res.on('error', reject);
      });
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (!retried && !gotAnswer && closedUnderneath(error, req.reusedSocket)) resolve(once(url, init, true));
        else reject(error);
      });
      req.end(init.body);
    });
  return {
    request: (url, init = {}) => once(url, init, false),
    close: () => agent.destroy(),
  };
}
