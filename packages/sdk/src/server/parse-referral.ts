import { CODE, ID } from '@rujuk/contract';
import type { ReferralRef } from '@rujuk/protocol';

const pick = (code: unknown, clickId: unknown): ReferralRef | undefined => {
  const ref: ReferralRef = {};
  if (typeof code === 'string' && CODE.test(code)) ref.code = code;
  if (typeof clickId === 'string' && ID.test(clickId)) ref.clickId = clickId;
  return ref.code || ref.clickId ? ref : undefined;
};

/**
 * The snippet's `rujuk_ref` value (cookie, hidden form field), `1.CODE.CLICKID.TIME36`, read leniently:
 * `pick` checks the code and the click id, and the time may be missing.
 */
const SNIPPET_VALUE = /^1\.([^.]+)\.([^.]+)(?:\.[a-z\d]{1,11})?$/;

/**
 * Turns the referral a page passed to the server into the protocol's `{ code, clickId }`, keeping only
 * valid parts: a malformed referral must not cost the shop its conversion record.
 * Strings may be the snippet's `rujuk_ref` value (`1.ANNA42.k3j….mi3x0k`), a bare code (`ANNA42`),
 * a code and click id separated by a character codes cannot contain (`ANNA42:k3j…`), or
 * (URL-encoded) JSON `{"code":…,"clickId":…}`.
 */
export function parseReferral(value: ReferralRef | string | null | undefined): ReferralRef | undefined {
  if (value && typeof value === 'object') return pick(value.code, value.clickId);
  if (typeof value !== 'string') return undefined;
  let text = value.trim();
  try {
    text = decodeURIComponent(text);
  } catch {}
  if (text.startsWith('{')) {
    try {
      const parsed = JSON.parse(text);
      return pick(parsed?.code, parsed?.clickId);
    } catch {
      return undefined;
    }
  }
  const snippet = SNIPPET_VALUE.exec(text);
  const [code, clickId] = snippet ? snippet.slice(1) : text.split(/[^A-Za-z0-9_-]+/);
  return pick(code, clickId);
}
