import type { ConversionStatus, FlagReason } from '@rujuk/protocol';

/** Who reported a conversion, whether the program trusts browser claims, and any fraud flag. */
export interface StatusFacts {
  source: 'client' | 'server';
  clientClaims: 'hold' | 'approve';
  flagReason: FlagReason | null;
}

/** The status a new conversion starts in: flagged, held for review, or approved. */
export function initialStatus(facts: StatusFacts): ConversionStatus {
  if (facts.flagReason) return 'flagged';
  if (facts.source === 'server' || facts.clientClaims === 'approve') return 'approved';
  return 'pending';
}
