import type { Variant } from '@rujuk/protocol';

/** 32-bit FNV-1a, so a visitor lands in the same bucket on every page and every device build. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Picks the A/B variant for a visitor: the forced id when it exists, otherwise a deterministic
 * weighted bucket of `visitorId` + `programId`; `null` when the program has no variants.
 */
export function pickVariant(
  variants: readonly Variant[],
  visitorId: string,
  programId: string,
  forced: string | null,
): Variant | null {
  if (forced) return variants.find((variant) => variant.id === forced) ?? null;
  const total = variants.reduce((sum, variant) => sum + Math.max(0, variant.weight), 0);
  if (!total) return null;
  let point = hash(`${programId}:${visitorId}`) % total;
  for (const variant of variants) {
    point -= Math.max(0, variant.weight);
    if (point < 0) return variant;
  }
  return null;
}
