import type { ClickResponse } from '../../clicks.js';
import { ensure, expectBody, expectEqual, expectProblem } from '../assert.js';
import type { Context } from '../context.js';

/** `POST /v1/clicks`: captured referral visits, idempotent on the click id. */
export async function clickChecks(context: Context): Promise<void> {
  const { run, http, ids } = context;
  const referrer = await context.join({ name: 'Click Referrer' });
  const code = referrer.participant.code;
  const clickId = ids.clickId();
  const body = {
    code: code.toLowerCase(),
    clickId,
    url: `https://shop.example/?ref=${code.toLowerCase()}&utm_source=newsletter`,
    referrer: 'https://news.example/',
    utm: { source: 'newsletter', campaign: 'conformance' },
    visitorId: ids.visitorId(),
  };
  let storedId = '';

  await run.check('POST /v1/clicks stores a new click and answers 201 with the canonical upper-case code', async () => {
    const { click, duplicate } = expectBody<ClickResponse>(
      await http.call({ path: '/v1/clicks', body }),
      201,
      'ClickResponse',
    );
    storedId = click.id;
    expectEqual(duplicate, false, 'duplicate');
    expectEqual(click.code, code, 'click.code');
    expectEqual(click.clickId, clickId, 'click.clickId');
    expectEqual(click.url, body.url, 'click.url');
    expectEqual(click.referrer, body.referrer, 'click.referrer');
    expectEqual(click.utm.source, 'newsletter', 'click.utm.source');
    expectEqual(click.flagged, false, 'click.flagged');
  });

  await run.check(
    'POST /v1/clicks with a known click id answers 200, duplicate: true and the stored click',
    async () => {
      const { click, duplicate } = expectBody<ClickResponse>(
        await http.call({ path: '/v1/clicks', body }),
        200,
        'ClickResponse',
      );
      expectEqual(duplicate, true, 'duplicate');
      expectEqual(click.id, storedId, 'click.id');
    },
  );

  await run.check('a click id reported twice is stored once', async () => {
    expectEqual(await context.count('/v1/clicks', { clickId }), 1, 'clicks listed for the click id');
  });

  await run.check('POST /v1/clicks with an unknown code answers 404 unknown_code and stores nothing', async () => {
    const unknown = { code: ids.unknownCode(), clickId: ids.clickId() };
    expectProblem(await http.call({ path: '/v1/clicks', body: unknown }), 404, 'unknown_code');
    expectEqual(await context.count('/v1/clicks', { clickId: unknown.clickId }), 0, 'clicks listed for the click id');
  });

  await run.check('POST /v1/clicks accepts a text/plain JSON body with ?key= (sendBeacon)', async () => {
    const reply = await http.call({
      path: '/v1/clicks',
      auth: 'publishable-query',
      raw: JSON.stringify({ code, clickId: ids.clickId() }),
      contentType: 'text/plain;charset=UTF-8',
    });
    expectEqual(expectBody<ClickResponse>(reply, 201, 'ClickResponse').click.code, code, 'click.code');
  });

  await run.check("unflagged clicks count in the referrer's stats.clicks", async () => {
    const view = await context.me(referrer);
    expectEqual(view.stats.clicks, 2, 'stats.clicks after two distinct clicks and one replay');
  });

  await run.check('the stored click is listed by its code with the secret key', async () => {
    const reply = await http.call({ path: '/v1/clicks', auth: 'secret', query: { code: code.toLowerCase() } });
    const page = expectBody<{ items: { id: string; code: string }[] }>(reply, 200, 'ClickPage');
    ensure(
      page.items.some((item) => item.id === storedId),
      'the click is not listed',
    );
    ensure(
      page.items.every((item) => item.code === code),
      'the list holds clicks of other codes',
    );
  });
}
