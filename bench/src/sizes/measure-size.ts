import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Bytes of one download: as stored, and compressed the way a CDN serves it at best. */
export interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Sizes of a file: gzip level 9 and brotli quality 11, as the repository's `scripts/size.mjs` measures. */
export function measureSize(buffer: Buffer): Size {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

/** Sizes of several files a browser downloads one by one: each compressed on its own, then added up. */
export function measureFiles(buffers: readonly Buffer[]): Size {
  return buffers
    .map(measureSize)
    .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), {
      raw: 0,
      gzip: 0,
      brotli: 0,
    });
}
