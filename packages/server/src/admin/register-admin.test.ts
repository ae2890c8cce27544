import { beforeAll, describe, expect, it } from 'vitest';
import { demoProgram } from '../config/demo-program.js';
import { createApp } from '../http/create-app.js';
import { databases, uniqueId, useTestApp } from '../test-support/test-app.js';

const basic = (password: string, user = 'admin') => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe.each(databases)('the admin page on the $name database', ({ url }) => {
  const t = useTestApp(url, demoProgram);
  let page: (authorization?: string) => Promise<Response>;

  beforeAll(() => {
    const app = createApp(t.ctx);
    page = async (authorization) => app.request('/admin', { headers: authorization ? { authorization } : {} });
  });

  it('asks for the secret key as a Basic password, and refuses the publishable key', async () => {
    const anonymous = await page();
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Basic realm="Rujuk admin", charset="UTF-8"');
    expect(anonymous.headers.get('content-type')).toBe('application/problem+json');
    expect(await anonymous.json()).toMatchObject({ code: 'missing_key' });

    const publishable = await page(basic(t.ctx.keys.publishableKey));
    expect(publishable.status).toBe(401);
    expect(await publishable.json()).toMatchObject({ code: 'invalid_key' });

    const bearer = await page(`Bearer ${t.ctx.keys.secretKey}`);
    expect(bearer.status).toBe(401);
  });

  it('lists participants, clicks, conversions, rewards and flagged records, escaping every value', async () => {
    const hostile = '<script>alert(1)</script>';
    const joined = await t.call('POST', '/v1/participants', {
      body: { email: `anna.admin.${uniqueId()}@example.com`, name: `Anna ${hostile}` },
    });
    const code: string = joined.body.participant.code;
    await t.call('POST', '/v1/clicks', {
      body: { code, clickId: uniqueId('click'), url: `https://shop.example/?ref=${code}&x="><img src=x>` },
    });
    await t.call('POST', '/v1/clicks', {
      body: { code, clickId: uniqueId('bot') },
      headers: { 'user-agent': 'Googlebot/2.1' },
    });
    await t.call('POST', '/v1/conversions', {
      key: 'sk',
      body: {
        event: 'purchase',
        idempotencyKey: `order:${uniqueId()}`,
        referral: { code },
        customer: { email: 'friend.admin@example.com' },
        amount: 4999,
        currency: 'USD',
        orderId: 'A-1',
      },
    });

    const answer = await page(basic(t.ctx.keys.secretKey, 'anyone'));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const html = await answer.text();
    expect(html).not.toContain(hostile);
    expect(html).not.toContain('<img src=x>');
    expect(html).toContain('Anna &lt;script&gt;alert(1)&lt;/script&gt;');
    for (const heading of ['Participants', 'Clicks', 'Conversions', 'Reward grants', 'Flagged records']) {
      expect(html).toContain(`<h2 id=`);
      expect(html).toContain(`>${heading} (`);
    }
    expect(html).toContain('49.99 USD');
    expect(html).toContain('$10 store credit');
    // The crawler's click is kept, flagged with its reason.
    expect(html).toMatch(/<td>click<\/td><td class="long">[^<]*bot_[^<]*<\/td><td class="flag">bot<\/td>/);
  });

  it('answers any other method on the page with 405 method_not_allowed and Allow: GET', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const answer = await t.call(method, '/admin', { key: null });
      expect({ status: answer.status, code: answer.body.code }, method).toEqual({
        status: 405,
        code: 'method_not_allowed',
      });
      expect(answer.headers.get('allow')).toBe('GET');
    }
  });
});
