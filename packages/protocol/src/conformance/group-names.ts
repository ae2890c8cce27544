/** The name of a check group, e.g. `'clicks'`. */
export type GroupName =
  | 'program'
  | 'clicks'
  | 'participants'
  | 'identity'
  | 'conversions'
  | 'leaderboard'
  | 'admin'
  | 'validation'
  | 'auth'
  | 'cors'
  | 'idempotency'
  | 'rewards'
  | 'fraud'
  /** Optional: runs only with the `webhooks` option. */
  | 'webhooks';

/** The names of the check groups, in the order they run. */
export const groupNames: readonly GroupName[] = [
  'program',
  'clicks',
  'participants',
  'identity',
  'conversions',
  'leaderboard',
  'admin',
  'validation',
  'auth',
  'cors',
  'idempotency',
  'rewards',
  'fraud',
  'webhooks',
];
