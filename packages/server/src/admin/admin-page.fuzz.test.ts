import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../http/create-app.js';
import { unique, useFuzzApp } from '../test-support/fuzz-app.js';
import { FUZZ_RUNS, FUZZ_TIMEOUT } from '../test-support/fuzz-runs.js';
import { METACHARACTERS, storableText } from '../test-support/hostile-text.js';
import { databases } from '../test-support/test-app.js';

// A property runs many requests: give it time enough on a loaded machine or on PostgreSQL.
vi.setConfig({ testTimeout: FUZZ_TIMEOUT });

// Every element the admin template itself writes; anything else in the page came from data.
const TEMPLATE_TAGS = new Set(
  'html head meta title style body h1 h2 p nav a div table thead tbody tr th td'.split(' '),
);

const TEMPLATE_ATTRIBUTES = new Set([
  'lang',
  'charset',
  'name',
  'content',
  'href',
  'id',
  'class',
  'scope',
  'aria-label',
]);

const markup = fc.oneof(
  storableText(80),
  fc.constantFrom(...METACHARACTERS).map((text) => `${text}<svg onload=alert(1)>`),
  fc.constantFrom('<script>x</script>', '<iframe src=//evil>', '</td></tr></table><form>', '<!--', ']]>', '&lt;b&gt;'),
);

describe.each(databases)(
  'the admin page fed hostile records on the $name database',
  { timeout: FUZZ_TIMEOUT },
  ({ url }) => {
    const app = useFuzzApp(url);
    let admin: () => Promise<string>;
    beforeAll(() => {
      const hono = createApp(app.ctx);
      const credentials = Buffer.from(`admin:${app.ctx.keys.secretKey}`).toString('base64');
      admin = async () => (await hono.request('/admin', { headers: { authorization: `Basic ${credentials}` } })).text();
    });

    it('shows every stored value as text: no element, attribute or comment the template did not write', async () => {
      await fc.assert(
        fc.asyncProperty(markup, markup, markup, async (name, landing, order) => {
          const id = unique();
          await app.call('POST', '/v1/participants', { body: { email: `a.${id}@example.com`, name } });
          await app.call('POST', '/v1/clicks', {
            body: { code: app.code, clickId: `a_${id}`, url: landing, referrer: name },
          });
          await app.call('POST', '/v1/conversions', {
            body: { event: 'purchase', idempotencyKey: `a:${id}`, orderId: order, customer: { externalId: name } },
          });
          const html = await admin();
          const tags = [...html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)];
          expect(tags.map((tag) => tag[1]!.toLowerCase()).filter((tag) => !TEMPLATE_TAGS.has(tag))).toEqual([]);
          const attributes = tags.flatMap((tag) =>
            [...tag[2]!.replace(/"[^"]*"/g, '""').matchAll(/\s([\w-]+)=/g)].map((match) => match[1]!),
          );
          expect(attributes.filter((attribute) => !TEMPLATE_ATTRIBUTES.has(attribute))).toEqual([]);
          expect(html).not.toContain('<!--');
          // The program name carries markup too, and is escaped like the records.
          expect(html).toContain('Fuzz &lt;b&gt;Shop&lt;/b&gt; &amp; &quot;friends&quot;');
        }),
        { numRuns: Math.ceil(FUZZ_RUNS / 2) },
      );
    });
  },
);
