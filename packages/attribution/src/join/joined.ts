import { TOKEN_KEY, writeToken } from '@rujuk/contract';
import type { JoinResponse } from '@rujuk/protocol';
import { S } from '../core/state.js';
import { emit } from '../events/emit.js';
import { writeLocal } from '../storage/local-store.js';
import { identify } from './identify.js';

/**
 * Takes in the backend's answer to a join, on this page or on a later one when the first answer was
 * lost: the code is identified, so the participant is never captured as their own referral, and
 * the token is kept for the widget.
 */
export const joined = (answer: JoinResponse): void => {
  if (S._ok && answer.token) writeLocal(TOKEN_KEY, writeToken(answer.token));
  identify(answer.participant);
  // The event stays free of the token and the email: it also goes to `dataLayer`.
  emit('join', { code: answer.participant.code, created: answer.created });
};
