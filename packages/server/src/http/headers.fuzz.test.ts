import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { type EndpointCall, everyEndpoint } from '../test-support/endpoint-calls.js';
import { expectProblem, type FuzzApp, useFuzzApp } from '../test-support/fuzz-app.js';
import { FUZZ_RUNS, FUZZ_TIMEOUT } from '../test-support/fuzz-runs.js';
import { METACHARACTERS } from '../test-support/hostile-text.js';
import { databases } from '../test-support/test-app.js';

// A property runs many requests: give it time enough on a loaded machine or on PostgreSQL.
vi.setConfig({ testTimeout: FUZZ_TIMEOUT });

// Header values are bytes: printable ASCII and Latin-1, never CR, LF or NUL (fetch refuses those).
const headerChar = fc
  .oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0xa0, max: 0xff }))
  .map((code) => String.fromCharCode(code));
const headerText = (maxLength = 60) => fc.string({ unit: headerChar, maxLength }).map((text) => text.trim());

// What the allowedOrigins of the fuzz program mean, written independently of the server's matcher.
// `*.` stands for exactly one label.
const originAllowed = (origin: string) => /^https:\/\/([a-z0-9-]+\.)?shop\.example$/.test(origin.toLowerCase());

const origins = fc.oneof(
  headerText(),
  fc.webUrl().map((url) => new URL(url).origin),
  fc.constantFrom(
    'null',
    'https://shop.example',
    'https://www.shop.example',
    'https://a.b.shop.example',
    'HTTPS://SHOP.EXAMPLE',
    'http://shop.example',
    'https://shop.example.evil.test',
    'https://evilshop.example',
    'https://shop.example:8443',
    'https://shop.example/',
    'https://shop.example@evil.test',
    'https://-.shop.example',
    'https://*.shop.example',
    'file://',
  ),
  fc.stringMatching(/^https:\/\/[a-z0-9-]{1,10}(\.[a-z0-9-]{1,10}){0,2}\.shop\.example$/),
);

const count = async (app: FuzzApp) => JSON.stringify(await app.snapshot());

describe.each(databases)(
  'keys, origins and identity headers fuzzed on the $name database',
  { timeout: FUZZ_TIMEOUT },
  ({ url }) => {
    const app = useFuzzApp(url);
    let pendingId: string;
    beforeAll(async () => {
      const claim = await app.call('POST', '/v1/conversions', { body: { event: 'purchase', idempotencyKey: 'held' } });
      pendingId = claim.body.conversion.id;
    });

    const call = (request: EndpointCall, headers: Record<string, string>, key: 'pk' | 'sk' | null) =>
      app.call(request.method, request.path, { body: request.body, key, headers: { ...request.headers, ...headers } });

    it('refuses every endpoint any Authorization that is not the program key, with 401 or 403, changing nothing', async () => {
      const near = (key: string) =>
        fc.oneof(
          fc
            .nat({ max: key.length - 1 })
            .map((at) => `${key.slice(0, at)}${key[at] === 'x' ? 'y' : 'x'}${key.slice(at + 1)}`),
          fc.nat({ max: key.length - 1 }).map((at) => key.slice(0, at)),
          headerText(8)
            .filter((tail) => tail !== '')
            .map((tail) => key + tail),
          fc.constant(key.toUpperCase()),
        );
      const authorization = fc.oneof(
        headerText(),
        headerText().map((text) => `Bearer ${text}`),
        near(app.ctx.keys.publishableKey).map((key) => `Bearer ${key}`),
        near(app.ctx.keys.secretKey).map((key) => `Bearer ${key}`),
        fc
          .constantFrom(...METACHARACTERS.filter((text) => /^[\x20-\x7e]*$/.test(text)))
          .map((text) => `Bearer ${text}`),
        fc.constantFrom('Basic cGs6c2s=', 'Bearer', 'Bearer  ', 'bearer', `Token ${app.ctx.keys.publishableKey}`),
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...everyEndpoint(app, pendingId)), authorization, async (request, header) => {
          const sent = /^bearer\s+(\S+)\s*$/i.exec(header)?.[1];
          fc.pre(sent !== app.ctx.keys.publishableKey && sent !== app.ctx.keys.secretKey);
          const before = await count(app);
          const answer = await call(request, { authorization: header }, null);
          expect([401, 403], JSON.stringify({ header, answer: answer.body })).toContain(answer.status);
          expectProblem(answer, answer.status);
          expect(['missing_key', 'invalid_key', 'secret_key_required', 'secret_key_exposed']).toContain(
            answer.body.code,
          );
          expect(await count(app)).toBe(before);
        }),
        { numRuns: FUZZ_RUNS },
      );
    });

    it('refuses a key in the query that is not the publishable key, and any secret key there, changing nothing', async () => {
      const requests = everyEndpoint(app, pendingId).filter((request) => request.key === 'pk');
      const key = fc.oneof(
        headerText(),
        fc.constant(app.ctx.keys.secretKey),
        headerText(20).map((text) => `sk_${text}`),
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...requests), key, async (request, value) => {
          fc.pre(value !== app.ctx.keys.publishableKey && value !== '');
          const before = await count(app);
          const path = `${request.path}?key=${encodeURIComponent(value)}`;
          const answer = await app.call(request.method, path, {
            body: request.body,
            key: null,
            headers: request.headers,
          });
          expectProblem(answer, value.startsWith('sk_') ? 403 : 401);
          expect(await count(app)).toBe(before);
        }),
        { numRuns: FUZZ_RUNS },
      );
    });

    it('lets the publishable key through only from allowed origins; any other origin is 403 and changes nothing', async () => {
      const requests = everyEndpoint(app, pendingId).filter((request) => request.key === 'pk');
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...requests), origins, async (template, origin) => {
          const request = everyEndpoint(app, pendingId).find(
            (r) => r.path === template.path && r.method === template.method,
          )!;
          const before = await count(app);
          const answer = await call(request, { origin }, 'pk');
          if (originAllowed(origin)) {
            expect(answer.status, JSON.stringify({ origin, answer: answer.body })).toBeLessThan(300);
            expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
          } else {
            expectProblem(answer, 403, 'origin_not_allowed');
            expect(answer.headers.get('access-control-allow-origin')).toBeNull();
            expect(await count(app)).toBe(before);
          }
        }),
        { numRuns: FUZZ_RUNS },
      );
    });

    it('answers preflights from allowed origins with 204 and any other origin with a 403 problem', async () => {
      const requests = everyEndpoint(app, pendingId);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...requests), origins, async (request, origin) => {
          const answer = await app.call('OPTIONS', request.path, {
            key: null,
            headers: { origin, 'access-control-request-method': request.method },
          });
          if (originAllowed(origin)) expect(answer.status).toBe(204);
          else expectProblem(answer, 403, 'origin_not_allowed');
        }),
        { numRuns: FUZZ_RUNS },
      );
    });

    it('refuses the secret key from any browser origin, even an allowed one, changing nothing', async () => {
      const requests = everyEndpoint(app, pendingId);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...requests), origins, async (request, origin) => {
          const before = await count(app);
          expectProblem(await call(request, { origin }, 'sk'), 403, 'secret_key_exposed');
          expect(await count(app)).toBe(before);
        }),
        { numRuns: FUZZ_RUNS },
      );
    });

    it('refuses forged participant tokens and signatures with 401, and a join as someone else gets no token', async () => {
      const token = fc.oneof(
        headerText(),
        headerText(32).map((text) => `pt_${text}`),
        fc.stringMatching(/^pt_[A-Za-z0-9]{32}$/),
      );
      const signature = fc.oneof(headerText(), fc.stringMatching(/^[0-9a-f]{64}$/));
      const identity = fc.oneof(
        token.filter((value) => value !== app.token).map((value) => ({ 'x-rujuk-token': value })),
        signature.map((value) => ({ 'x-rujuk-email': 'rita@shop.example', 'x-rujuk-signature': value })),
        signature.map((value) => ({ 'x-rujuk-signature': value })),
      );
      await fc.assert(
        fc.asyncProperty(identity, async (headers) => {
          const before = await count(app);
          const me = await app.call('GET', '/v1/participants/me', { headers });
          expectProblem(me, 401);
          expect(['invalid_token', 'invalid_signature']).toContain(me.body.code);
          const join = await app.call('POST', '/v1/participants', { body: { email: 'rita@shop.example' }, headers });
          if (join.status === 200) expect(join.body).toMatchObject({ token: null, created: false });
          else expectProblem(join, 401, 'invalid_signature');
          expect(await count(app)).toBe(before);
        }),
        { numRuns: FUZZ_RUNS },
      );
    });
  },
);
