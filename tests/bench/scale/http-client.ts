/**
 * Sequential HTTP requests on one kept-alive loopback connection, each timed to its last byte.
 * Requests accept compressed answers as Chromium does; the body is decoded after the time is
 * taken, since turning bytes into text is the client's work, not the server's.
 */
import { Agent, request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

export type Answer = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as text, decoded from its content encoding. */
  body: string;
  /** Bytes on the wire (after any compression). */
  bytes: number;
  /** From sending the request to its last byte received. */
  ms: number;
};

/** What Chromium sends: every browser that uses the app asks for a compressed answer. */
export const acceptEncoding = 'gzip, deflate, br, zstd';

function decode(body: Buffer, encoding: string | undefined): string {
  switch (encoding) {
    case undefined:
    case 'identity':
      return body.toString('utf8');
    case 'gzip':
      return gunzipSync(body).toString('utf8');
    case 'deflate':
      return inflateSync(body).toString('utf8');
    case 'br':
      return brotliDecompressSync(body).toString('utf8');
    default:
      throw new Error(`the bench client cannot decode Content-Encoding ${encoding}`);
  }
}

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
      const headers = { 'Accept-Encoding': acceptEncoding, ...init.headers };
      const req = httpRequest(url, { agent, method: init.method ?? 'GET', headers }, (res) => {
        gotAnswer = true;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const ms = performance.now() - started;
          try {
            const raw = Buffer.concat(chunks);
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: decode(raw, res.headers['content-encoding']), bytes: raw.byteLength, ms });
          } catch (error) {
            reject(error as Error);
          }
        });
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
