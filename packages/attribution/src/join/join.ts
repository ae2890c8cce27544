import type { JoinResponse } from '@rujuk/protocol';
import { currentReferral } from '../cookie/referral-store.js';
import { visitorId } from '../cookie/visitor-id.js';
import { settle } from '../core/settle.js';
import { S } from '../core/state.js';
import { emit } from '../events/emit.js';
import { fail } from '../events/report.js';
import { post } from '../net/post.js';
import { writeLocal } from '../storage/local-store.js';
import type { Callback, JoinInput } from '../types.js';
import { identify } from './identify.js';

/** localStorage key of the participant token, shared with `@rujuk/sdk` and the widget. */
export const TOKEN_KEY = 'rujuk_token';

/**
 * Enrols a participant, referred by the stored referral. The answer's code is identified, so the
 * new participant is never captured as their own referral; the token is kept for the widget.
 * The backend validates the email and names what is wrong.
 */
export const join = (input: JoinInput, callback?: Callback<JoinResponse>): Promise<JoinResponse> => {
  // Before consent the join carries only what the person typed.
  const referral = S._ok ? currentReferral() : null;
  return settle(
    post('participants', {
      ...input,
      referredBy: referral?.code,
      clickId: referral?.clickId,
      visitorId: visitorId(1),
    }).then(([status, body]) => {
      const answer = body as unknown as JoinResponse;
      if (status > 299 || !status)
        throw fail('' + (body.code || 'network'), 'Rujuk join: ' + (body.detail || 'no answer'));
      if (S._ok && answer.token) writeLocal(TOKEN_KEY, answer.token);
      identify(answer.participant);
      // The event stays free of the token and the email: it also goes to `dataLayer`.
      emit('join', { code: answer.participant.code, created: answer.created });
      return answer;
    }),
    callback,
  );
};
