import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { expectProblem, unique, useFuzzApp } from '../test-support/fuzz-app.js';
import { FUZZ_RUNS, FUZZ_TIMEOUT } from '../test-support/fuzz-runs.js';
import { databases } from '../test-support/test-app.js';
import { createApp } from './create-app.js';
import { MAX_BODY_BYTES } from './read-body.js';

// A property runs many requests: give it time enough on a loaded machine or on PostgreSQL.
vi.setConfig({ testTimeout: FUZZ_TIMEOUT });

const posts = ['/v1/clicks', '/v1/participants', '/v1/conversions'];

describe.each(databases)(
  'bodies in the wrong shape, size or type on the $name database',
  { timeout: FUZZ_TIMEOUT },
  ({ url }) => {
    const app = useFuzzApp(url);
    let raw: (path: string, body: BodyInit, type: string) => Promise<Response>;
    beforeAll(() => {
      const hono = createApp(app.ctx);
      raw = (path, body, type) =>
        Promise.resolve(
          hono.request(path, {
            method: 'POST',
            body,
            headers: { authorization: `Bearer ${app.ctx.keys.publishableKey}`, 'content-type': type },
          }),
        );
    });

    const validBody = (path: string) =>
      ({
        '/v1/clicks': { code: app.code, clickId: `click_${unique()}` },
        '/v1/participants': { email: `p.${unique()}@example.com` },
        '/v1/conversions': { event: 'purchase', idempotencyKey: `k:${unique()}` },
      })[path]!;

    it('refuses any content type but JSON and text with 415, even around a valid body, and stores nothing', async () => {
      const type = fc.oneof(
        fc.constantFrom(
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/xml',
          'text/html',
          'text/json',
          'application/jsonp',
          'application/json-patch+json',
          'application/ld+json',
          'application/octet-stream',
          'text/plain-text',
          '',
        ),
        fc.stringMatching(/^[a-z]{1,12}\/[a-z0-9.+-]{1,20}(; ?[a-z]+=[a-z0-9-]+)?$/),
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...posts), type, async (path, contentType) => {
          const essence = contentType.split(';')[0]!.trim();
          fc.pre(essence !== 'application/json' && essence !== 'text/plain');
          const before = await app.snapshot();
          const answer = await app.call('POST', path, {
            body: validBody(path),
            headers: { 'content-type': contentType },
          });
          expectProblem(answer, 415, 'unsupported_media_type');
          expect(await app.snapshot()).toEqual(before);
        }),
        { numRuns: FUZZ_RUNS },
      );
    });

    it('refuses any body over 16 KiB with 413, even one that would be valid, and stores nothing', async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...posts), fc.integer({ min: 1, max: 200_000 }), async (path, extra) => {
          const body = JSON.stringify({ ...validBody(path), padding: 'x'.repeat(MAX_BODY_BYTES + extra) });
          const before = await app.snapshot();
          expectProblem(await app.call('POST', path, { body }), 413, 'payload_too_large');
          expect(await app.snapshot()).toEqual(before);
        }),
        { numRuns: Math.ceil(FUZZ_RUNS / 4) },
      );
    });

    it('answers text that is not JSON with 400 invalid_json and JSON that is not an object with 400 invalid_request', async () => {
      const notJson = fc.string({ unit: 'binary', maxLength: 60 }).filter((text) => {
        try {
          JSON.parse(text);
          return false;
        } catch {
          return true;
        }
      });
      const notObject = fc
        .oneof(fc.jsonValue(), fc.array(fc.jsonValue()))
        .filter((value) => value === null || typeof value !== 'object' || Array.isArray(value));
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...posts),
          fc.oneof(
            notJson,
            notObject.map((v) => JSON.stringify(v)),
          ),
          async (path, text) => {
            const before = await app.snapshot();
            const answer = await app.call('POST', path, { body: text, headers: { 'content-type': 'text/plain' } });
            let parses = true;
            try {
              JSON.parse(text);
            } catch {
              parses = false;
            }
            expectProblem(answer, 400, parses ? 'invalid_request' : 'invalid_json');
            expect(await app.snapshot()).toEqual(before);
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
    });

    it('answers bytes that are not UTF-8 with 400 invalid_json', async () => {
      const bytes = fc.uint8Array({ minLength: 1, maxLength: 64 }).filter((data) => {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(data);
          return false;
        } catch {
          return true;
        }
      });
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...posts),
          bytes,
          fc.constantFrom('application/json', 'text/plain'),
          async (path, data, type) => {
            const before = await app.snapshot();
            const answer = await raw(path, data, type);
            expect(answer.status).toBe(400);
            expect(answer.headers.get('content-type')).toBe('application/problem+json');
            expect((await answer.json()).code).toBe('invalid_json');
            expect(await app.snapshot()).toEqual(before);
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
    });
  },
);
