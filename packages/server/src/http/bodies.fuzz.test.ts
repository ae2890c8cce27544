import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { expectNoFailure, expectProblem, type FuzzApp, unique, useFuzzApp } from '../test-support/fuzz-app.js';
import { FUZZ_RUNS, FUZZ_TIMEOUT } from '../test-support/fuzz-runs.js';
import { hostileJson, unstorableText } from '../test-support/hostile-text.js';
import { brokenField, fieldsOf, type Schema, schemaOf, setAt, validBody } from '../test-support/schema-arbitraries.js';
import { databases } from '../test-support/test-app.js';

// A property runs many requests: give it time enough on a loaded machine or on PostgreSQL.
vi.setConfig({ testTimeout: FUZZ_TIMEOUT });

type Body = Record<string, unknown>;

interface Endpoint {
  path: string;
  schema: Schema;
  /** Valid bodies, made unique per run so records never collide across runs. */
  valid(app: FuzzApp): fc.Arbitrary<Body>;
}

// `amount` and `currency` only come together (dependentRequired in the protocol document).
const pairAmount = (body: Body): Body => {
  if ((body.amount === undefined) === (body.currency === undefined)) return body;
  const { amount: _amount, currency: _currency, ...rest } = body;
  return rest;
};

const endpoints: Endpoint[] = [
  {
    path: '/v1/clicks',
    schema: schemaOf('ClickRequest'),
    valid: (app) =>
      validBody(schemaOf('ClickRequest'), { '/code': fc.constant(app.code.toLowerCase()) }).map((body) => ({
        ...body,
        clickId: `${String(body.clickId).slice(0, 50)}_${unique()}`,
      })),
  },
  {
    path: '/v1/participants',
    schema: schemaOf('JoinRequest'),
    valid: () =>
      validBody(schemaOf('JoinRequest')).map((body) => ({
        ...body,
        email: `u${unique()}.${String(body.email)}`,
        ...(body.idempotencyKey === undefined
          ? {}
          : { idempotencyKey: `${String(body.idempotencyKey).slice(0, 100)}:${unique()}` }),
      })),
  },
  {
    path: '/v1/conversions',
    schema: schemaOf('ConversionRequest'),
    valid: () =>
      validBody(schemaOf('ConversionRequest')).map((body) =>
        pairAmount({ ...body, idempotencyKey: `${String(body.idempotencyKey).slice(0, 100)}:${unique()}` }),
      ),
  },
];

const extraFields = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 10 }).map((key) => `x-${key}`),
  hostileJson,
  { maxKeys: 3 },
);

const stringFields = (schema: Schema) =>
  fieldsOf(schema).filter(([, child]) => child.type === 'string' || child.additionalProperties);

describe.each(databases)('request bodies fuzzed on the $name database', ({ url }) => {
  const app = useFuzzApp(url);

  describe.each(endpoints)('POST $path', (endpoint) => {
    it('stores every body the protocol document allows, unknown fields included, and counts a replay once', async () => {
      await fc.assert(
        fc.asyncProperty(endpoint.valid(app), extraFields, async (valid, extra) => {
          const body = { ...extra, ...valid };
          const first = await app.call('POST', endpoint.path, { body });
          expect(first.status, JSON.stringify({ body, answer: first.body })).toBeGreaterThanOrEqual(200);
          expect(first.status, JSON.stringify({ body, answer: first.body })).toBeLessThan(300);
          const before = await app.snapshot();
          const replay = await app.call('POST', endpoint.path, { body });
          // A keyed join sent again answers as the first did, with a fresh token: the one row it adds.
          const keyedJoin = endpoint.path === '/v1/participants' && body.idempotencyKey !== undefined;
          expect(replay.status, JSON.stringify(replay.body)).toBe(keyedJoin ? first.status : 200);
          const after = await app.snapshot();
          if (keyedJoin) {
            expect(after.participant_tokens!.rows).toBe(before.participant_tokens!.rows + 1);
            after.participant_tokens = before.participant_tokens!;
          }
          expect(after).toEqual(before);
        }),
        { numRuns: FUZZ_RUNS },
      );
    });

    it('answers a body with one field the protocol forbids with 400 invalid_request naming it, and stores nothing', async () => {
      await fc.assert(
        fc.asyncProperty(endpoint.valid(app), brokenField(endpoint.schema), async (valid, broken) => {
          const body = setAt(valid, broken.pointer, broken.value);
          const before = await app.snapshot();
          const answer = await app.call('POST', endpoint.path, { body });
          expectProblem(answer, 400, 'invalid_request');
          const paths = (answer.body.errors as { path: string }[]).map((error) => error.path);
          expect(
            paths.some((path) => path === broken.pointer || path.startsWith(`${broken.pointer}/`)),
            `${broken.pointer} in ${JSON.stringify(paths)}`,
          ).toBe(true);
          expect(await app.snapshot()).toEqual(before);
        }),
        { numRuns: FUZZ_RUNS },
      );
    });

    it('refuses text no database column can hold (NUL, unpaired surrogates) in any string field with a 400', async () => {
      const fields = stringFields(endpoint.schema);
      await fc.assert(
        fc.asyncProperty(
          endpoint.valid(app),
          fc.constantFrom(...fields),
          unstorableText,
          fc.boolean(),
          async (valid, [pointer, field], text, asKey) => {
            // Metadata can carry the bad text in a key or in a value.
            const value = field.additionalProperties ? (asKey ? { [text]: 1 } : { note: text }) : text;
            const before = await app.snapshot();
            const answer = await app.call('POST', endpoint.path, { body: setAt(valid, pointer, value) });
            expectProblem(answer, 400, 'invalid_request');
            expect(answer.body.errors.some((error: { path: string }) => error.path.startsWith(pointer))).toBe(true);
            expect(await app.snapshot()).toEqual(before);
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
    });

    it('answers any JSON at all with a record or a problem, never a server failure', async () => {
      const keys = Object.keys(endpoint.schema.properties ?? {});
      const loose = fc.oneof(
        hostileJson,
        fc.dictionary(fc.constantFrom(...keys), hostileJson, { maxKeys: keys.length }),
        fc.tuple(endpoint.valid(app), fc.constantFrom(...keys), hostileJson).map(([body, key, value]) => ({
          ...body,
          [key]: value,
        })),
      );
      const contentType = fc.constantFrom(
        'application/json',
        'text/plain',
        'application/json; charset=utf-8',
        'TEXT/PLAIN;charset=UTF-8',
      );
      await fc.assert(
        fc.asyncProperty(loose, contentType, async (body, type) => {
          const before = await app.snapshot();
          const answer = await app.call('POST', endpoint.path, {
            body: JSON.stringify(body),
            headers: { 'content-type': type },
          });
          expectNoFailure(answer);
          if (answer.status >= 400) expect(await app.snapshot()).toEqual(before);
        }),
        { numRuns: FUZZ_RUNS },
      );
    });

    it('refuses a body nested deeper than any request needs with 400, whatever the depth', async () => {
      await fc.assert(
        fc.asyncProperty(endpoint.valid(app), fc.integer({ min: 33, max: 8000 }), async (valid, depth) => {
          const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
          const text = `${JSON.stringify(valid).slice(0, -1)},"x-deep":${nested}}`;
          const before = await app.snapshot();
          const answer = await app.call('POST', endpoint.path, { body: text });
          expectProblem(answer, Buffer.byteLength(text) > 16 * 1024 ? 413 : 400);
          expect(await app.snapshot()).toEqual(before);
        }),
        { numRuns: Math.ceil(FUZZ_RUNS / 4) },
      );
    });
  });
});
