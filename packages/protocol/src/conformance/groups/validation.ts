import { ensure, expectEqual, expectInvalid, expectProblem } from '../assert.js';
import type { Context } from '../context.js';

/** Malformed bodies, fields and parameters: each gets a precise problem and changes nothing. */
export async function validationChecks(context: Context): Promise<void> {
  const { run, http, ids } = context;
  const referrer = await context.join();
  const code = referrer.participant.code;
  const click = (body: object) => http.call({ path: '/v1/clicks', body });
  const join = (body: object) => http.call({ path: '/v1/participants', body });
  const convert = (fields: object) =>
    http.call({
      path: '/v1/conversions',
      auth: 'secret',
      body: { event: 'purchase', idempotencyKey: ids.idempotencyKey('invalid'), ...fields },
    });

  const clickCases: [string, object, string][] = [
    ['a code that breaks the code pattern', { code: 'a!', clickId: ids.clickId() }, '/code'],
    ['a missing code', { clickId: ids.clickId() }, '/code'],
    ['a click id shorter than 8 characters', { code, clickId: 'short' }, '/clickId'],
    [
      'a url longer than 2048 characters',
      { code, clickId: ids.clickId(), url: `https://a.example/${'x'.repeat(2048)}` },
      '/url',
    ],
    ['a code of the wrong type', { code: 42, clickId: ids.clickId() }, '/code'],
  ];
  for (const [what, body, path] of clickCases) {
    await run.check(`POST /v1/clicks with ${what} answers 400 invalid_request naming ${path}`, async () => {
      expectInvalid(await click(body), path);
    });
  }

  await run.check('a rejected click is not stored', async () => {
    const clickId = ids.clickId();
    expectInvalid(await click({ code, clickId, referrer: 'r'.repeat(3000) }), '/referrer');
    expectEqual(await context.count('/v1/clicks', { clickId }), 0, 'clicks listed for the click id');
  });

  const joinCases: [string, object, string][] = [
    ['an email that is not an email address', { email: 'not-an-email' }, '/email'],
    ['no email', { name: 'Nobody' }, '/email'],
    ['a name of the wrong type', { email: ids.email(), name: ['A'] }, '/name'],
    ['an idempotency key with spaces', { email: ids.email(), idempotencyKey: 'not a key' }, '/idempotencyKey'],
    [
      'an idempotency key of 129 characters',
      { email: ids.email(), idempotencyKey: 'k'.repeat(129) },
      '/idempotencyKey',
    ],
  ];
  for (const [what, body, path] of joinCases) {
    await run.check(`POST /v1/participants with ${what} answers 400 invalid_request naming ${path}`, async () => {
      expectInvalid(await join(body), path);
    });
  }

  const conversionCases: [string, object, string[]][] = [
    ['a negative amount', { amount: -1, currency: 'USD' }, ['/amount']],
    ['a fractional amount', { amount: 10.5, currency: 'USD' }, ['/amount']],
    ['an amount above 10^12', { amount: 1e13, currency: 'USD' }, ['/amount']],
    ['an amount sent as a string', { amount: '100', currency: 'USD' }, ['/amount']],
    ['a currency without an amount', { currency: 'USD' }, ['/amount', '/currency']],
    ['an amount without a currency', { amount: 100 }, ['/currency', '/amount']],
    ['a lower-case currency', { amount: 100, currency: 'usd' }, ['/currency']],
    ['an event name with spaces', { event: 'Big Purchase' }, ['/event']],
    ['an idempotency key with spaces', { idempotencyKey: 'not a key' }, ['/idempotencyKey']],
    ['a customer email that is not an email address', { customer: { email: 'nope' } }, ['/customer/email']],
    ['a referral code that breaks the code pattern', { referral: { code: '!!' } }, ['/referral/code']],
    [
      'metadata with more than 20 keys',
      { metadata: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, i])) },
      ['/metadata'],
    ],
    ['a nested metadata value', { metadata: { nested: { a: 1 } } }, ['/metadata']],
  ];
  for (const [what, fields, paths] of conversionCases) {
    await run.check(`POST /v1/conversions with ${what} answers 400 invalid_request`, async () => {
      expectInvalid(await convert(fields), ...paths);
    });
  }

  await run.check('POST /v1/conversions without an idempotency key answers 400 invalid_request', async () => {
    const reply = await http.call({ path: '/v1/conversions', auth: 'secret', body: { event: 'purchase' } });
    expectInvalid(reply, '/idempotencyKey');
  });

  await run.check('a rejected conversion is not stored', async () => {
    const idempotencyKey = ids.idempotencyKey('rejected');
    expectInvalid(await convert({ idempotencyKey, amount: -5, currency: 'USD' }), '/amount');
    expectEqual(await context.count('/v1/conversions', { idempotencyKey }), 0, 'conversions listed for the key');
  });

  await run.check('a body that is not JSON answers 400 invalid_json', async () => {
    expectProblem(await http.call({ path: '/v1/clicks', raw: '{"code": "ANNA42",' }), 400, 'invalid_json');
  });

  await run.check('a JSON body that is not an object answers 400 invalid_request', async () => {
    expectProblem(await http.call({ path: '/v1/clicks', raw: '["ANNA42"]' }), 400, 'invalid_request');
  });

  await run.check('a form-encoded body answers 415 unsupported_media_type', async () => {
    const raw = `code=${code}&clickId=${ids.clickId()}`;
    const reply = await http.call({ path: '/v1/clicks', raw, contentType: 'application/x-www-form-urlencoded' });
    expectProblem(reply, 415, 'unsupported_media_type');
  });

  await run.check('a body over 16 KiB answers 413 payload_too_large', async () => {
    const raw = JSON.stringify({ code, clickId: ids.clickId(), url: 'x'.repeat(17 * 1024) });
    expectProblem(await http.call({ path: '/v1/clicks', raw }), 413, 'payload_too_large');
  });

  await run.check('an unknown path answers 404 not_found', async () => {
    expectProblem(await http.call({ path: '/v1/does-not-exist' }), 404, 'not_found');
  });

  await run.check(
    'a known path with a wrong method answers 405 method_not_allowed, with Allow: GET, POST',
    async () => {
      const reply = await http.call({ method: 'DELETE', path: '/v1/clicks', auth: 'secret' });
      expectProblem(reply, 405, 'method_not_allowed');
      const allow = (reply.headers.get('allow') ?? '').split(',').map((method) => method.trim().toUpperCase());
      ensure(allow.sort().join(', ') === 'GET, POST', `Allow is "${reply.headers.get('allow')}", expected GET, POST`);
    },
  );

  await run.check('GET /v1/clicks with limit=0 answers 400 invalid_request', async () => {
    expectProblem(await http.call({ path: '/v1/clicks', auth: 'secret', query: { limit: 0 } }), 400, 'invalid_request');
  });
}
