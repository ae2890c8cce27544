import { ensure, expectProblem, expectStatus } from '../assert.js';
import type { Context } from '../context.js';
import type { Call } from '../http.js';

const FOREIGN_ORIGIN = 'https://attacker.example';

/** Keys, key placement and origins: every wrong combination is refused with its own code. */
export async function authChecks(context: Context): Promise<void> {
  const { run, http, ids } = context;
  const { secretKey } = http.settings;

  await run.check('a call without a key answers 401 missing_key', async () => {
    expectProblem(await http.call({ path: '/v1/program', auth: 'none' }), 401, 'missing_key');
  });

  await run.check('a 401 names its challenge in WWW-Authenticate: Bearer for a key', async () => {
    const missing = await http.call({ path: '/v1/program', auth: 'none' });
    const unknown = await http.call({ path: '/v1/program', auth: { authorization: `Bearer pk_${ids.run}unknown` } });
    for (const reply of [missing, unknown]) {
      expectStatus(reply, 401);
      const challenge = reply.headers.get('www-authenticate') ?? '';
      ensure(/^Bearer\b/i.test(challenge), `${reply.label} sent WWW-Authenticate "${challenge}"`);
    }
  });

  await run.check('an unknown publishable key answers 401 invalid_key', async () => {
    const reply = await http.call({ path: '/v1/program', auth: { authorization: `Bearer pk_${ids.run}unknown` } });
    expectProblem(reply, 401, 'invalid_key');
  });

  await run.check('an unknown publishable key in ?key= answers 401 invalid_key', async () => {
    expectProblem(
      await http.call({ path: '/v1/program', auth: { queryKey: `pk_${ids.run}unknown` } }),
      401,
      'invalid_key',
    );
  });

  await run.check('an unknown secret key answers 401 invalid_key', async () => {
    const reply = await http.call({ path: '/v1/clicks', auth: { authorization: `Bearer sk_${ids.run}unknown` } });
    expectProblem(reply, 401, 'invalid_key');
  });

  await run.check('the secret key in the URL answers 403 secret_key_exposed', async () => {
    expectProblem(await http.call({ path: '/v1/clicks', auth: { queryKey: secretKey } }), 403, 'secret_key_exposed');
  });

  await run.check('the secret key sent with a browser Origin answers 403 secret_key_exposed', async () => {
    const reply = await http.call({ path: '/v1/clicks', auth: 'secret', origin: http.settings.origin });
    expectProblem(reply, 403, 'secret_key_exposed');
  });

  const secretOnly: [string, Call][] = [
    ['GET /v1/participants', { path: '/v1/participants' }],
    ['GET /v1/participants/{id}', { path: '/v1/participants/par_unknown' }],
    ['GET /v1/clicks', { path: '/v1/clicks' }],
    ['GET /v1/conversions', { path: '/v1/conversions' }],
    ['POST /v1/conversions/{id}/approve', { method: 'POST', path: '/v1/conversions/cnv_unknown/approve' }],
    ['POST /v1/conversions/{id}/refund', { method: 'POST', path: '/v1/conversions/cnv_unknown/refund' }],
  ];
  for (const [label, call] of secretOnly) {
    await run.check(`${label} with the publishable key answers 403 secret_key_required`, async () => {
      expectProblem(await http.call(call), 403, 'secret_key_required');
    });
  }

  await run.check('the publishable key from an origin off the allow-list answers 403 origin_not_allowed', async () => {
    expectProblem(await http.call({ path: '/v1/program', origin: FOREIGN_ORIGIN }), 403, 'origin_not_allowed');
  });

  await run.check('a click from an origin off the allow-list answers 403 origin_not_allowed', async () => {
    const body = { code: ids.unknownCode(), clickId: ids.clickId() };
    expectProblem(await http.call({ path: '/v1/clicks', body, origin: FOREIGN_ORIGIN }), 403, 'origin_not_allowed');
  });
}
