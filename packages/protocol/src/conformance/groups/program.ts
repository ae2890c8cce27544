import type { Program } from '../../program.js';
import { ensure, expectBody } from '../assert.js';
import type { Context } from '../context.js';

/** `GET /v1/program`: the public program configuration. */
export async function programChecks({ run, http, program }: Context): Promise<void> {
  await run.check('GET /v1/program with the publishable key answers the program', async () => {
    expectBody(await http.call({ path: '/v1/program' }), 200, 'Program');
  });

  await run.check('GET /v1/program accepts the publishable key as ?key=', async () => {
    expectBody(await http.call({ path: '/v1/program', auth: 'publishable-query' }), 200, 'Program');
  });

  await run.check('GET /v1/program works from a server, without an Origin header', async () => {
    expectBody(await http.call({ path: '/v1/program', origin: null }), 200, 'Program');
  });

  await run.check(
    'the program is consistent: tiers ascend, the code pattern compiles, locales hold the default',
    async () => {
      const { tiers, referral, locales, defaultLocale }: Program = await program();
      tiers.forEach((tier, index) => {
        ensure(index === 0 || tier.threshold > tiers[index - 1]!.threshold, `tier ${tier.id} is out of order`);
      });
      ensure(new RegExp(referral.codePattern).test('ANNA42'), `codePattern ${referral.codePattern} rejects ANNA42`);
      ensure(referral.params.length > 0, 'referral.params is empty');
      ensure(locales.includes(defaultLocale), `defaultLocale ${defaultLocale} is not in locales`);
    },
  );
}
