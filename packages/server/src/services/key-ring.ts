import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { KeyPair } from '../store/keys.js';

/** The program keys with what constant-time comparison needs, kept in memory. */
export interface KeyRing {
  publishableKey: string;
  secretKey: string;
  isSecret(candidate: string): boolean;
  isPublishable(candidate: string): boolean;
  /** Checks `X-Rujuk-Signature`: hex HMAC-SHA256 of the trimmed, lower-cased email with the secret key. */
  verifySignature(email: string, signature: string): boolean;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Builds the in-memory key ring; the secret key is compared through its digest, in constant time. */
export function createKeyRing(keys: KeyPair): KeyRing {
  const secretDigest = digest(keys.secretKey);
  return {
    publishableKey: keys.publishableKey,
    secretKey: keys.secretKey,
    isSecret: (candidate) => timingSafeEqual(digest(candidate), secretDigest),
    // The publishable key is public (every page that loads the snippet shows it), so a timing-safe
    // comparison protects nothing here, and skipping its SHA-256 matters on the click path.
    isPublishable: (candidate) => candidate === keys.publishableKey,
    verifySignature(email, signature) {
      if (!/^[0-9a-f]{64}$/.test(signature)) return false;
      const expected = createHmac('sha256', keys.secretKey).update(email.trim().toLowerCase()).digest();
      return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
    },
  };
}
