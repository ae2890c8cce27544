import { measureAll, type Size, SizeError } from '@rujuk/size';
import { BenchError } from '../errors.js';
import { type SizeEntry, sizeEntries } from './size-entries.js';

/** One measured row of the size table: its entry, without the loader, and the figures. */
export interface SizeRow extends Omit<SizeEntry, 'files'>, Size {
  /** Why the row has no figures (e.g. a bundle not built yet). */
  error?: string;
}

/** Measures every bundle of the size table; a missing build gives a row that says so instead of stopping the run. */
export async function runSizes(): Promise<SizeRow[]> {
  const rows: SizeRow[] = [];
  for (const { files, ...entry } of sizeEntries()) {
    try {
      rows.push({ ...entry, ...measureAll(await files()) });
    } catch (error) {
      if (!(error instanceof BenchError || error instanceof SizeError)) throw error;
      rows.push({ ...entry, raw: Number.NaN, gzip: Number.NaN, brotli: Number.NaN, error: error.message });
    }
  }
  return rows;
}
