/** Generators of values no earlier run has used, so the suite can run any number of times against one backend. */
export interface UniqueIds {
  /** Short id of this run, e.g. `m3k9x2ab7q`. */
  run: string;
  email(): string;
  clickId(): string;
  visitorId(): string;
  idempotencyKey(label?: string): string;
  /** A well-formed referral code no participant has. */
  unknownCode(): string;
}

/** Creates the generators for one run. */
export function createUniqueIds(): UniqueIds {
  const random = Array.from(crypto.getRandomValues(new Uint8Array(4)), (byte) => (byte % 36).toString(36)).join('');
  const run = Date.now().toString(36) + random;
  let counter = 0;
  const next = () => (++counter).toString(36);
  return {
    run,
    email: () => `conformance-${run}-${next()}@example.com`,
    clickId: () => `ck${run}${next()}`,
    visitorId: () => `vi${run}${next()}`,
    idempotencyKey: (label = 'key') => `conformance:${run}:${label}:${next()}`,
    unknownCode: () => `NO${run}${next()}`.toUpperCase(),
  };
}
