import type { StoredFulfilment } from '../store/rows.js';
import { FieldReader, isObject } from './fields.js';
import { assertValid } from './invalid.js';

/** Reads an absolute http(s) URL field, failing with a precise message otherwise. */
export function readHttpUrl(read: FieldReader, source: Record<string, unknown>, key: string, path: string) {
  const value = read.string(source, key, path, { max: 2048 });
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {}
  return read.fail(`${path}/${key}`, 'must be an absolute http(s) URL, e.g. "https://shop.example/redeem"');
}

/** Validates a `POST /v1/rewards/{id}/fulfil` body: code, url and note, at least one of them. */
export function parseFulfilRequest(body: unknown): StoredFulfilment {
  const read = new FieldReader();
  const source = isObject(body) ? body : {};
  if (!isObject(body)) read.fail('', 'must be a JSON object with code, url or note');
  const code = read.string(source, 'code', '', { max: 200 });
  const url = readHttpUrl(read, source, 'url', '');
  const note = read.string(source, 'note', '', { max: 500 });
  if (read.errors.length === 0 && code === undefined && url === undefined && note === undefined) {
    read.fail('', 'must give at least one of code, url and note: what the participant receives');
  }
  assertValid(read.errors, 'fulfilment');
  return { code: code ?? null, url: url ?? null, note: note ?? null };
}
