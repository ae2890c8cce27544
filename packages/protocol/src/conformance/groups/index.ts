import type { Context } from '../context.js';
import type { GroupName } from '../group-names.js';
import { adminChecks } from './admin.js';
import { authChecks } from './auth.js';
import { clickChecks } from './clicks.js';
import { conversionChecks } from './conversions.js';
import { corsChecks } from './cors.js';
import { fraudChecks } from './fraud.js';
import { idempotencyChecks } from './idempotency.js';
import { identityChecks } from './identity.js';
import { leaderboardChecks } from './leaderboard.js';
import { participantChecks } from './participants.js';
import { programChecks } from './program.js';
import { rewardChecks } from './rewards.js';
import { validationChecks } from './validation.js';
import { webhookChecks } from './webhooks.js';

/** The checks of each group; `groupNames` gives the order they run in. */
export const groups = {
  program: programChecks,
  clicks: clickChecks,
  participants: participantChecks,
  identity: identityChecks,
  conversions: conversionChecks,
  leaderboard: leaderboardChecks,
  admin: adminChecks,
  validation: validationChecks,
  auth: authChecks,
  cors: corsChecks,
  idempotency: idempotencyChecks,
  rewards: rewardChecks,
  fraud: fraudChecks,
  webhooks: webhookChecks,
} satisfies Record<GroupName, (context: Context) => Promise<void>>;
