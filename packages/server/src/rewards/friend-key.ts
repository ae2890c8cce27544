/** Who converted, as far as the conversion tells. */
export interface CustomerFacts {
  email?: string | undefined;
  externalId?: string | undefined;
}

/**
 * The key that identifies a referred friend, so the double-sided reward is granted once per friend:
 * the email, else the site's own customer id, else the conversion itself.
 */
export function friendKey(customer: CustomerFacts | undefined, conversionId: string): string {
  if (customer?.email) return `email:${customer.email.toLowerCase()}`;
  if (customer?.externalId) return `external:${customer.externalId}`;
  return `conversion:${conversionId}`;
}
