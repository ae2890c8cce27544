import { RujukError } from '../errors/rujuk-error.js';

/** A validated page request: the seq to start after and the page size. */
export interface PageRequest {
  after: number;
  limit: number;
}

/** Parses `limit` (1–100, default 50) and the opaque `cursor` of a list query. */
export function pageRequest(limit: string | undefined, cursor: string | undefined): PageRequest {
  const errors = [];
  let size = 50;
  if (limit !== undefined) {
    size = Number(limit);
    if (!/^\d+$/.test(limit) || size < 1 || size > 100) {
      errors.push({ path: '/limit', message: 'must be an integer from 1 to 100' });
    }
  }
  let after = 0;
  if (cursor !== undefined) {
    after = /^c\d{1,15}$/.test(cursor) ? Number(cursor.slice(1)) : -1;
    if (after < 0) errors.push({ path: '/cursor', message: 'must be a nextCursor value from a previous page' });
  }
  if (errors.length > 0) {
    throw new RujukError('invalid_request', 'The list query is invalid; see errors for each parameter.', { errors });
  }
  return { after, limit: size };
}

/** Cuts the one extra row fetched to know whether another page follows. */
export function toPage<R extends { seq: number | string }, T>(
  rows: R[],
  limit: number,
  map: (row: R) => T,
): { items: T[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  const last = kept[kept.length - 1];
  return { items: kept.map(map), nextCursor: more && last ? `c${last.seq}` : null };
}
