import { S } from '../core/state.js';

/** Remembers the signed-in participant's own code so their own link is never captured; `null` forgets it. */
export const identify = (participant?: { code?: string } | null): void => {
  S._self = participant?.code?.toUpperCase();
};
