/** Demo participants with fixed codes, so examples can link to `?ref=ANNA42`. */
export const demoParticipants = [
  { code: 'ANNA42', email: 'anna@example.com', name: 'Anna Kowalska' },
  { code: 'BUDI77', email: 'budi@example.com', name: 'Budi Santoso' },
  { code: 'CHEN88', email: 'chen@example.com', name: 'Chen Wei' },
  { code: 'MARIA10', email: 'maria@example.com', name: 'María García' },
] as const;

/** Friends who joined through a demo participant's link. */
export const demoFriends = [
  { email: 'lucas@example.com', name: 'Lucas Martin', referredBy: 'ANNA42' },
  { email: 'siti@example.com', name: 'Siti Rahma', referredBy: 'BUDI77' },
] as const;

/** Clicks per demo code. */
export const demoClicks: Record<string, number> = { ANNA42: 6, BUDI77: 3, CHEN88: 2 };

/** Purchases by referred customers: Anna reaches the Silver tier, Budi and Chen have one each. */
export const demoPurchases = [
  { code: 'ANNA42', email: 'lucas@example.com', amount: 4999 },
  { code: 'ANNA42', email: 'eva@example.com', amount: 12900 },
  { code: 'ANNA42', email: 'noah@example.com', amount: 2500 },
  { code: 'BUDI77', email: 'siti@example.com', amount: 7500 },
  { code: 'CHEN88', email: 'mei@example.com', amount: 3000 },
] as const;
