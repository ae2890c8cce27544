import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readBuilt } from './paths.js';

/** Bytes of one download: as stored, and compressed the way a CDN serves it at best. */
export interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

/**
 * Sizes of one download: gzip level 9 and brotli quality 11 with the size hint, the settings every
 * figure in the repository uses, so `pnpm size`, the packages' breakdowns and the bench agree.
 */
export function measure(buffer: Uint8Array): Size {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

/** Sizes of several downloads: each compressed on its own, as a browser fetches them, then added up. */
export function measureAll(buffers: readonly Uint8Array[]): Size {
  return buffers
    .map(measure)
    .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), {
      raw: 0,
      gzip: 0,
      brotli: 0,
    });
}

/** Sizes of built files, each a download of its own; a missing one is a `missing_file` error naming it. */
export const measureFiles = (files: Iterable<string>): Size => measureAll([...files].map(readBuilt));
