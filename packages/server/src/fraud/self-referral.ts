/** The identity facts a self-referral check compares. */
export interface IdentityFacts {
  email?: string | null | undefined;
  visitorId?: string | null | undefined;
}

/**
 * Whether a friend is really the referrer: the same email (case-insensitive), or the same
 * first-party visitor id the referrer joined with.
 */
export function isSelfReferral(friend: IdentityFacts, referrer: IdentityFacts): boolean {
  if (friend.email && referrer.email && friend.email.trim().toLowerCase() === referrer.email.trim().toLowerCase()) {
    return true;
  }
  return Boolean(friend.visitorId && referrer.visitorId && friend.visitorId === referrer.visitorId);
}
