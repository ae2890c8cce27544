/** A random idempotency key for one join: four 32-bit numbers (128 bits) from the CSPRNG, so nobody can guess it. */
export function randomKey(): string {
  // Not crypto.randomUUID: pages served over plain http do not have it.
  return crypto.getRandomValues(new Uint32Array(4)).join('-');
}
