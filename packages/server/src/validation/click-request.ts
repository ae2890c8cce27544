import type { Utm } from '@rujuk/protocol';
import { FieldReader, type JsonObject } from './fields.js';
import { assertValid } from './invalid.js';
import { CODE_PATTERN, ID_PATTERN } from './patterns.js';

/** A validated `POST /v1/clicks` body. */
export interface ClickInput {
  code: string;
  clickId: string;
  url: string | null;
  referrer: string | null;
  utm: Utm;
  visitorId: string | null;
}

const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'] as const;

/** Validates a click body; throws `invalid_request` naming each bad field. */
export function parseClickRequest(body: JsonObject): ClickInput {
  const read = new FieldReader();
  const code = read.string(body, 'code', '', {
    required: true,
    pattern: CODE_PATTERN,
    hint: 'must be 3–32 letters, digits, "_" or "-", starting with a letter or digit',
  });
  const clickId = read.string(body, 'clickId', '', {
    required: true,
    pattern: ID_PATTERN,
    hint: 'must be 8–64 letters, digits, "_" or "-"',
  });
  const url = read.string(body, 'url', '', { max: 2048, nullable: true }) ?? null;
  const referrer = read.string(body, 'referrer', '', { max: 2048, nullable: true }) ?? null;
  const visitorId = read.string(body, 'visitorId', '', {
    pattern: ID_PATTERN,
    hint: 'must be 8–64 letters, digits, "_" or "-"',
    nullable: true,
  });
  const utmIn = read.object(body, 'utm', '') ?? {};
  const utm: Utm = {};
  for (const key of UTM_KEYS) {
    const value = read.string(utmIn, key, '/utm', { max: 256, nullable: true });
    if (value !== undefined) utm[key] = value;
  }
  assertValid(read.errors, 'click');
  return { code: code!.toUpperCase(), clickId: clickId!, url, referrer, utm, visitorId: visitorId ?? null };
}
