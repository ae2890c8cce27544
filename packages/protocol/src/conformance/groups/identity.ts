import type { ParticipantView } from '../../participants.js';
import { ensure, expectBody, expectEqual, expectProblem } from '../assert.js';
import type { Context } from '../context.js';

/** `GET /v1/participants/me`: a participant's own data through a token or a signed identity. */
export async function identityChecks(context: Context): Promise<void> {
  const { run, http, ids } = context;
  const member = await context.join({ name: 'Ida Identity' });
  const me = (headers: Record<string, string>, auth?: 'none') =>
    http.call({ path: '/v1/participants/me', headers, ...(auth ? { auth } : {}) });

  await run.check(
    "GET /v1/participants/me with the token answers the participant's own view, email included",
    async () => {
      const view = expectBody<ParticipantView>(await me({ 'x-rujuk-token': member.token }), 200, 'ParticipantView');
      expectEqual(view.participant.id, member.participant.id, 'participant.id');
      expectEqual(view.participant.email, member.email, 'participant.email');
      expectEqual(view.stats.clicks, 0, 'stats.clicks of a new participant');
      expectEqual(view.stats.conversions, 0, 'stats.conversions of a new participant');
      expectEqual(view.tier.count, 0, 'tier.count of a new participant');
    },
  );

  await run.check('GET /v1/participants/me with a signed identity answers the same participant', async () => {
    const signature = await context.sign(member.email);
    const reply = await me({ 'x-rujuk-email': member.email, 'x-rujuk-signature': signature });
    expectEqual(expectBody<ParticipantView>(reply, 200, 'ParticipantView').participant.id, member.participant.id, 'id');
  });

  await run.check('the signed identity is matched on the lower-cased email', async () => {
    const signature = await context.sign(member.email);
    const reply = await me({ 'x-rujuk-email': member.email.toUpperCase(), 'x-rujuk-signature': signature });
    expectEqual(expectBody<ParticipantView>(reply, 200, 'ParticipantView').participant.id, member.participant.id, 'id');
  });

  await run.check(
    'GET /v1/participants/me without participant auth answers 401 participant_auth_required with a challenge',
    async () => {
      const reply = await me({});
      expectProblem(reply, 401, 'participant_auth_required');
      ensure(reply.headers.get('www-authenticate'), `${reply.label} sent no WWW-Authenticate challenge`);
    },
  );

  await run.check('GET /v1/participants/me with an unknown token answers 401 invalid_token', async () => {
    expectProblem(await me({ 'x-rujuk-token': `pt_${ids.run}unknown` }), 401, 'invalid_token');
  });

  await run.check('GET /v1/participants/me with a wrong signature answers 401 invalid_signature', async () => {
    const forged = await context.sign(member.email, 'sk_not_the_secret_key');
    expectProblem(await me({ 'x-rujuk-email': member.email, 'x-rujuk-signature': forged }), 401, 'invalid_signature');
  });

  await run.check('a valid signed identity of an email that never joined answers 404 not_found', async () => {
    const stranger = ids.email();
    const reply = await me({ 'x-rujuk-email': stranger, 'x-rujuk-signature': await context.sign(stranger) });
    expectProblem(reply, 404, 'not_found');
  });

  await run.check('GET /v1/participants/me with a token but no key answers 401 missing_key', async () => {
    expectProblem(await me({ 'x-rujuk-token': member.token }, 'none'), 401, 'missing_key');
  });
}
