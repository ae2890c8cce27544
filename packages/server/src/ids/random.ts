import { createHash, randomBytes } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Random base62 text of `length` characters from a CSPRNG, without modulo bias. */
export function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // 248 = 62 * 4: bytes above it would favour the first characters.
      if (byte < 248) out += BASE62[byte % 62];
      if (out.length === length) break;
    }
  }
  return out;
}

/** A record id such as `par_3kTz…`, unguessable and URL-safe. */
export function newId(prefix: 'par' | 'clk' | 'cnv' | 'grt' | 'msg' | 'whe' | 'whd'): string {
  return `${prefix}_${randomBase62(20)}`;
}

/** A participant token: `pt_` + 32 base62 characters. */
export function newParticipantToken(): string {
  return `pt_${randomBase62(32)}`;
}

/** A fresh key pair: `pk_` + 24 and `sk_` + 32 base62 characters. */
export function newKeyPair(): { publishableKey: string; secretKey: string } {
  return { publishableKey: `pk_${randomBase62(24)}`, secretKey: `sk_${randomBase62(32)}` };
}

/** Hex SHA-256 of a text, used to store tokens and keys without keeping them readable. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
