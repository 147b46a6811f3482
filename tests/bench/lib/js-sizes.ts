import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type JsSizes = { files: number; raw: number; gzip: number; brotli: number };

/**
 * The scripts index.html references (entry and modulepreloads), as paths inside the build:
 * what the first page needs before it can paint. The same reading as tests/e2e/bundle-size.test.ts.
 */
export function firstPageScripts(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1] as string);
}

/** Raw, gzip (level 9) and brotli (quality 11) sizes of these files of the build, each compressed on its own as a server sends them. */
export function jsSizes(distDir: string, files: readonly string[]): JsSizes {
  const sizes: JsSizes = { files: files.length, raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const content = readFileSync(join(distDir, file));
    sizes.raw += content.length;
    sizes.gzip += gzipSync(content, { level: 9 }).length;
    sizes.brotli += brotliCompressSync(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
    }).length;
  }
  return sizes;
}
