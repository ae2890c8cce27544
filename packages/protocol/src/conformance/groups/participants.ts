import { CODE } from '@rujuk/contract';
import type { JoinResponse } from '../../participants.js';
import { ensure, expectBody, expectEqual, expectProblem } from '../assert.js';
import type { Context } from '../context.js';

/** A referral code as a backend hands it out: valid, and in its canonical upper case. */
const isCanonicalCode = (code: string) => CODE.test(code) && code === code.toUpperCase();

/** `POST /v1/participants`: joining, re-joining and referred joins. */
export async function participantChecks(context: Context): Promise<void> {
  const { run, http, ids } = context;
  const email = ids.email();
  let first: JoinResponse | undefined;
  const join = (body: object, headers?: Record<string, string>) =>
    http.call({ path: '/v1/participants', body, ...(headers ? { headers } : {}) });

  await run.check(
    'POST /v1/participants with a new email answers 201, created: true, a pt_ token and a code',
    async () => {
      first = expectBody<JoinResponse>(await join({ email, name: 'Anna Conformance' }), 201, 'JoinResponse');
      expectEqual(first.created, true, 'created');
      ensure(first.token?.startsWith('pt_'), `token is ${JSON.stringify(first.token)}, expected pt_…`);
      ensure(
        isCanonicalCode(first.participant.code),
        `code ${first.participant.code} is not an upper-case referral code`,
      );
      ensure(
        first.participant.shareUrl.toUpperCase().includes(first.participant.code),
        `shareUrl ${first.participant.shareUrl} does not carry the code`,
      );
      expectEqual(first.participant.name, 'Anna Conformance', 'participant.name');
      expectEqual(first.participant.referredBy, null, 'participant.referredBy');
    },
  );

  await run.check(
    'joining again with the same email answers 200, created: false, the same participant, token: null',
    async () => {
      const again = expectBody<JoinResponse>(await join({ email }), 200, 'JoinResponse');
      expectEqual(again.created, false, 'created');
      expectEqual(again.token, null, 'token');
      expectEqual(again.participant.id, first?.participant.id, 'participant.id');
    },
  );

  await run.check(
    'a join sent again with its idempotencyKey answers as the first did, with a token that signs the participant in',
    async () => {
      // The first answer is read here, but a client whose answer was lost has only the retry's.
      const body = { email: ids.email(), idempotencyKey: ids.idempotencyKey('join') };
      const original = expectBody<JoinResponse>(await join(body), 201, 'JoinResponse');
      const retried = expectBody<JoinResponse>(await join(body), 201, 'JoinResponse');
      expectEqual(retried.created, true, 'created');
      expectEqual(retried.participant.id, original.participant.id, 'participant.id');
      const { token } = retried;
      ensure(typeof token === 'string' && token.startsWith('pt_'), `token is ${JSON.stringify(token)}, expected pt_…`);
      const me = await context.me({ email: body.email, token, participant: retried.participant });
      expectEqual(me.participant.id, original.participant.id, 'GET /v1/participants/me participant.id');
      expectEqual(await context.count('/v1/participants', { email: body.email }), 1, 'participants listed');
    },
  );

  await run.check('an idempotencyKey never turns a join without proof into a token for a known email', async () => {
    const body = { email, idempotencyKey: ids.idempotencyKey('join-known') };
    for (const attempt of ['first', 'repeated']) {
      const again = expectBody<JoinResponse>(await join(body), 200, 'JoinResponse');
      expectEqual(again.token, null, `token of the ${attempt} join`);
      expectEqual(again.created, false, `created of the ${attempt} join`);
    }
  });

  await run.check(
    'the same idempotencyKey with another email answers 409 idempotency_conflict and enrols nobody',
    async () => {
      const idempotencyKey = ids.idempotencyKey('join-other');
      expectBody<JoinResponse>(await join({ email: ids.email(), idempotencyKey }), 201, 'JoinResponse');
      const other = ids.email();
      expectProblem(await join({ email: other, idempotencyKey }), 409, 'idempotency_conflict');
      expectEqual(
        await context.count('/v1/participants', { email: other }),
        0,
        'participants listed for the other email',
      );
    },
  );

  await run.check('emails are trimmed and matched case-insensitively', async () => {
    const again = expectBody<JoinResponse>(await join({ email: `  ${email.toUpperCase()} ` }), 200, 'JoinResponse');
    expectEqual(again.participant.id, first?.participant.id, 'participant.id');
  });

  await run.check("joining again with the participant's own token returns a token", async () => {
    ensure(first?.token, 'the first join returned no token');
    const again = expectBody<JoinResponse>(
      await join({ email }, { 'x-rujuk-token': first.token }),
      200,
      'JoinResponse',
    );
    ensure(again.token?.startsWith('pt_'), `token is ${JSON.stringify(again.token)}`);
  });

  await run.check('joining again with a valid signed identity returns a token', async () => {
    const signature = await context.sign(email);
    const again = expectBody<JoinResponse>(
      await join({ email }, { 'x-rujuk-email': email, 'x-rujuk-signature': signature }),
      200,
      'JoinResponse',
    );
    ensure(again.token?.startsWith('pt_'), `token is ${JSON.stringify(again.token)}`);
  });

  await run.check("another participant's token does not reveal this participant's token", async () => {
    const other = await context.join();
    const again = expectBody<JoinResponse>(
      await join({ email }, { 'x-rujuk-token': other.token }),
      200,
      'JoinResponse',
    );
    expectEqual(again.token, null, 'token');
  });

  await run.check('an unknown token does not block a join', async () => {
    const reply = await join({ email: ids.email() }, { 'x-rujuk-token': `pt_${ids.run}stale` });
    expectEqual(expectBody<JoinResponse>(reply, 201, 'JoinResponse').created, true, 'created');
  });

  await run.check('joining again with a wrong signature answers 401 invalid_signature', async () => {
    const forged = await context.sign(email, 'sk_not_the_secret_key');
    const reply = await join({ email }, { 'x-rujuk-email': email, 'x-rujuk-signature': forged });
    expectProblem(reply, 401, 'invalid_signature');
  });

  await run.check('a join sent as text/plain JSON with ?key= (a CORS simple request) succeeds', async () => {
    const reply = await http.call({
      path: '/v1/participants',
      auth: 'publishable-query',
      raw: JSON.stringify({ email: ids.email() }),
      contentType: 'text/plain',
    });
    expectEqual(expectBody<JoinResponse>(reply, 201, 'JoinResponse').created, true, 'created');
  });

  await run.check('joining with an unknown referredBy code still succeeds, with referredBy: null', async () => {
    const joined = expectBody<JoinResponse>(
      await join({ email: ids.email(), referredBy: ids.unknownCode() }),
      201,
      'JoinResponse',
    );
    expectEqual(joined.participant.referredBy, null, 'participant.referredBy');
  });

  await run.check("a referred join records the referrer's canonical code and counts one signup", async () => {
    const referrer = await context.join();
    const code = referrer.participant.code;
    const joined = expectBody<JoinResponse>(
      await join({ email: ids.email(), referredBy: code.toLowerCase() }),
      201,
      'JoinResponse',
    );
    expectEqual(joined.participant.referredBy, code, 'participant.referredBy');
    expectEqual((await context.me(referrer)).stats.signups, 1, "the referrer's stats.signups");
  });
}
