import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { expectNoFailure, expectProblem, useFuzzApp } from '../test-support/fuzz-app.js';
import { FUZZ_RUNS, FUZZ_TIMEOUT } from '../test-support/fuzz-runs.js';
import { storableText, unstorableText } from '../test-support/hostile-text.js';
import { databases } from '../test-support/test-app.js';

// A property runs many requests: give it time enough on a loaded machine or on PostgreSQL.
vi.setConfig({ testTimeout: FUZZ_TIMEOUT });

/** Every GET list of the protocol document with its query parameters (besides limit and cursor). */
const lists: [string, string[], 'pk' | 'sk'][] = [
  ['/v1/clicks', ['code', 'clickId'], 'sk'],
  ['/v1/participants', ['email', 'code'], 'sk'],
  ['/v1/conversions', ['orderId', 'idempotencyKey', 'referrerCode', 'status'], 'sk'],
  ['/v1/leaderboard', [], 'pk'],
  ['/v1/program', [], 'pk'],
];

const anyText = fc.oneof(storableText(), unstorableText, fc.integer().map(String), fc.constant(''));
const pageValue = fc.oneof(
  fc.integer({ min: -5, max: 200 }).map(String),
  fc.constantFrom('1e2', '0x10', ' 5', '5 ', '+5', 'c0', 'c12', 'c99999999999999999', 'c-1', 'NaN'),
  anyText,
);

// encodeURIComponent refuses unpaired surrogates; a client can still send their three raw bytes.
const encodePath = (text: string) =>
  text
    .split(/(\p{Cs})/u)
    .map((part, index) => {
      if (index % 2 === 0) return encodeURIComponent(part);
      const unit = part.charCodeAt(0);
      return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('');
    })
    .join('');

const query = (params: [string, string][]) =>
  params.length ? `?${params.map(([name, value]) => `${encodePath(name)}=${encodePath(value)}`).join('&')}` : '';

describe.each(databases)(
  'query strings and path ids fuzzed on the $name database',
  { timeout: FUZZ_TIMEOUT },
  ({ url }) => {
    const app = useFuzzApp(url);

    describe.each(lists)('GET %s', (path, filters, key) => {
      it('answers any query string with a page or a 400 naming the parameter, never a failure, and changes nothing', async () => {
        const names = [...filters, 'limit', 'cursor', 'key', 'x'];
        const params = fc.array(
          fc
            .tuple(fc.constantFrom(...names), fc.constant(null))
            .chain(([name]) =>
              (name === 'limit' || name === 'cursor' ? pageValue : anyText).map((value): [string, string] => [
                name,
                value,
              ]),
            ),
          { maxLength: 5 },
        );
        await fc.assert(
          fc.asyncProperty(params, async (pairs) => {
            // A `key` in the query is an API key, covered by the key tests; here it must not replace the header's.
            const kept = pairs.filter(([name]) => name !== 'key');
            const before = await app.snapshot();
            const answer = await app.call('GET', `${path}${query(kept)}`, { key });
            expectNoFailure(answer);
            if (answer.status !== 200) {
              expectProblem(answer, 400, 'invalid_request');
              const named = (answer.body.errors as { path: string }[]).map((error) => error.path.slice(1));
              expect(named.every((name) => kept.some(([param]) => param === name))).toBe(true);
            }
            expect(await app.snapshot()).toEqual(before);
          }),
          { numRuns: FUZZ_RUNS },
        );
      });
    });

    it('answers a filter value no record can hold with an empty page', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...lists.filter(([, f]) => f.length > 0)),
          unstorableText,
          async ([path, filters], text) => {
            for (const name of filters.filter((filter) => filter !== 'status')) {
              const answer = await app.call('GET', `${path}${query([[name, text]])}`, { key: 'sk' });
              expect({ name, status: answer.status, body: answer.body }).toEqual({
                name,
                status: 200,
                body: { items: [], nextCursor: null },
              });
            }
          },
        ),
        { numRuns: Math.ceil(FUZZ_RUNS / 4) },
      );
    });

    it('answers 404 not_found for any participant or conversion id that does not exist, and changes nothing', async () => {
      const paths = fc.constantFrom(
        (id: string) => ['GET', `/v1/participants/${id}`] as const,
        (id: string) => ['POST', `/v1/conversions/${id}/approve`] as const,
        (id: string) => ['POST', `/v1/conversions/${id}/refund`] as const,
      );
      const id = fc.oneof(storableText(), unstorableText, fc.constantFrom('par_', 'cnv_x', '%00', '..', '0'));
      await fc.assert(
        fc.asyncProperty(
          paths,
          id.filter((text) => text.trim() !== '' && text !== 'me' && !text.includes('/')),
          async (route, raw) => {
            const [method, path] = route(encodePath(raw));
            const before = await app.snapshot();
            const answer = await app.call(method, path, { key: 'sk' });
            expectProblem(answer, 404, 'not_found');
            expect(await app.snapshot()).toEqual(before);
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
    });
  },
);
