import { ensure, expectEqual, expectProblem, expectStatus } from '../assert.js';
import type { Context } from '../context.js';

const FOREIGN_ORIGIN = 'https://attacker.example';
const HEADERS = ['authorization', 'content-type', 'x-rujuk-token', 'x-rujuk-email', 'x-rujuk-signature'];

function list(value: string | null): string[] {
  return (value ?? '').split(',').map((item) => item.trim().toLowerCase());
}

/** CORS: preflights and answers for the allowed origin, nothing for others. */
export async function corsChecks({ run, http }: Context): Promise<void> {
  const { origin, wildcardOrigin } = http.settings;
  const preflight = (from: string) =>
    http.call({
      method: 'OPTIONS',
      path: '/v1/clicks',
      auth: 'none',
      origin: from,
      headers: {
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type,x-rujuk-token',
      },
    });

  await run.check(`a preflight from ${origin} answers 204 with the protocol's CORS headers`, async () => {
    const reply = await preflight(origin);
    expectStatus(reply, 204);
    expectEqual(reply.headers.get('access-control-allow-origin'), origin, 'Access-Control-Allow-Origin');
    ensure(list(reply.headers.get('vary')).includes('origin'), `Vary is "${reply.headers.get('vary')}"`);
    const methods = list(reply.headers.get('access-control-allow-methods'));
    ensure(
      ['get', 'post', 'options'].every((method) => methods.includes(method)),
      `Access-Control-Allow-Methods is "${reply.headers.get('access-control-allow-methods')}"`,
    );
    const headers = list(reply.headers.get('access-control-allow-headers'));
    const missing = HEADERS.filter((header) => !headers.includes(header));
    ensure(missing.length === 0, `Access-Control-Allow-Headers lacks ${missing.join(', ')}`);
    expectEqual(reply.headers.get('access-control-max-age'), '86400', 'Access-Control-Max-Age');
  });

  await run.check('a preflight from an origin off the allow-list gets no Access-Control-Allow-Origin', async () => {
    const allowed = (await preflight(FOREIGN_ORIGIN)).headers.get('access-control-allow-origin');
    ensure(allowed === null, `Access-Control-Allow-Origin is "${allowed}"`);
  });

  await run.check('an answer to the allowed origin carries Access-Control-Allow-Origin and Vary: Origin', async () => {
    const reply = await http.call({ path: '/v1/program' });
    expectStatus(reply, 200);
    expectEqual(reply.headers.get('access-control-allow-origin'), origin, 'Access-Control-Allow-Origin');
    ensure(list(reply.headers.get('vary')).includes('origin'), `Vary is "${reply.headers.get('vary')}"`);
  });

  await run.check(
    'an error answer to the allowed origin carries Access-Control-Allow-Origin, so pages can read it',
    async () => {
      const reply = await http.call({ path: '/v1/clicks', body: { code: '!' } });
      expectProblem(reply, 400, 'invalid_request');
      expectEqual(reply.headers.get('access-control-allow-origin'), origin, 'Access-Control-Allow-Origin');
    },
  );

  await run.check('a refused origin gets no Access-Control-Allow-Origin on its 403', async () => {
    const reply = await http.call({ path: '/v1/program', origin: FOREIGN_ORIGIN });
    expectProblem(reply, 403, 'origin_not_allowed');
    const allowed = reply.headers.get('access-control-allow-origin');
    ensure(allowed === null, `Access-Control-Allow-Origin is "${allowed}"`);
  });

  if (wildcardOrigin) await wildcardChecks(run, http, wildcardOrigin);
}

/** An origin under `pattern` with `labels` in place of its `*`, on a concrete port when the port is `*` too. */
function underPattern(pattern: string, labels: string): string {
  return pattern.replace('*.', `${labels}.`).replace(/:\*$/, ':5173');
}

async function wildcardChecks(run: Context['run'], http: Context['http'], pattern: string): Promise<void> {
  const oneLabel = underPattern(pattern, 'conformance');
  const twoLabels = underPattern(pattern, 'deeper.conformance');
  await run.check(`${pattern} lets in one label in place of the *: ${oneLabel}`, async () => {
    const reply = await http.call({ path: '/v1/program', origin: oneLabel });
    expectStatus(reply, 200);
    expectEqual(reply.headers.get('access-control-allow-origin'), oneLabel, 'Access-Control-Allow-Origin');
  });
  await run.check(`${pattern} refuses two labels in place of the *: ${twoLabels}`, async () => {
    const reply = await http.call({ path: '/v1/program', origin: twoLabels });
    expectProblem(reply, 403, 'origin_not_allowed');
  });
}
