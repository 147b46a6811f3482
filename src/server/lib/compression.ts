import type { MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';

const gzipOrDeflate = compress();

/**
 * Compresses text answers of 1 KB and more (scripts, styles, the page, JSON) as the client accepts
 * (gzip or deflate): the first page's scripts then cross the network at about a third of their
 * size. An answer with an ETag is sent as it is: that ETag is a measure's version, which writes
 * send back in If-Match, and a compressed answer would have to weaken it (W/…), which If-Match refuses.
 */
export const compressResponses: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.res.headers.has('ETag')) return;
  // The answer is complete: let the compress middleware transform it, with nothing left to run.
  await gzipOrDeflate(c, async () => {});
};
