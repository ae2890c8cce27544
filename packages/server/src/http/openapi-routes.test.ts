import openapi from '@rujuk/protocol/openapi.json';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-support/test-app.js';
import { createApp } from './create-app.js';

type Operation = { responses: Record<string, unknown> };
type Header = { $ref?: string; schema?: { const?: string | number } };

const paths = openapi.paths as unknown as Record<string, Record<string, Operation>>;
const components = openapi.components as unknown as {
  responses: Record<string, { headers: Record<string, Header> }>;
  headers: Record<string, Header>;
};
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
const ALLOWED_ORIGIN = 'http://shop.test:5173';
const FOREIGN_ORIGIN = 'https://evil.example';

/** The document's path with a record id in place of `{id}`, as a client would call it. */
const concrete = (path: string) => path.replace('{id}', 'rec_0penapi');
/** The methods the document gives a path, OPTIONS aside: the server answers OPTIONS everywhere, as the preflight. */
const documented = (path: string) =>
  Object.keys(paths[path]!)
    .filter((method) => method !== 'options')
    .map((method) => method.toUpperCase());
const list = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .sort();
const resolved = (header: Header) => (header.$ref ? components.headers[header.$ref.split('/').pop()!]! : header);

// Routing and CORS answer before any query, so one database kind is enough here.
describe('the app answers every path of openapi.json as the document says', () => {
  const t = useTestApp(undefined);

  it('serves the documented paths and methods, plus /v1/health, which is not part of the protocol', () => {
    // The routes the app registers, middleware (method ALL) and the admin page aside.
    const methods = new Map<string, Set<string>>();
    for (const { method, path } of createApp(t.ctx).routes) {
      if (method === 'ALL' || !path.startsWith('/v1/')) continue;
      methods.set(path, (methods.get(path) ?? new Set()).add(method));
    }
    const served = [...methods].map(
      ([path, methods]) => `${path.replace(':id', '{id}')} ${[...methods].sort().join(', ')}`,
    );
    const inDocument = Object.keys(paths).map((path) => `${path} ${documented(path).sort().join(', ')}`);
    expect(served.sort()).toEqual([...inDocument, '/v1/health GET'].sort());
  });

  it('answers every documented method, without a key, with the 401 the document gives it', async () => {
    for (const path of Object.keys(paths)) {
      for (const method of documented(path)) {
        expect(paths[path]![method.toLowerCase()]!.responses, `${method} ${path}`).toHaveProperty('401');
        const answer = await t.call(method, concrete(path), { key: null });
        expect({ status: answer.status, code: answer.body?.code }, `${method} ${path}`).toEqual({
          status: 401,
          code: 'missing_key',
        });
      }
    }
  });

  it('answers every other method with 405 method_not_allowed and an Allow of exactly the documented methods', async () => {
    for (const path of Object.keys(paths)) {
      const allowed = documented(path);
      // HEAD is GET without a body wherever GET is served.
      const others = METHODS.filter(
        (method) => !allowed.includes(method) && !(method === 'HEAD' && allowed.includes('GET')),
      );
      expect(others.length, path).toBeGreaterThan(0);
      for (const method of others) {
        const answer = await t.call(method, concrete(path), { key: 'sk' });
        expect(answer.status, `${method} ${path}`).toBe(405);
        expect(answer.headers.get('content-type')).toBe('application/problem+json');
        if (method !== 'HEAD') expect(answer.body.code).toBe('method_not_allowed');
        expect(list(answer.headers.get('allow')), `${method} ${path}`).toEqual([...allowed].sort());
      }
    }
  });

  it('answers a preflight from an allowed origin with exactly the documented headers, on every path', async () => {
    const preflight = components.responses.Preflight!.headers;
    for (const path of Object.keys(paths)) {
      const answer = await t.call('OPTIONS', concrete(path), {
        key: null,
        headers: { origin: ALLOWED_ORIGIN, 'access-control-request-method': 'POST' },
      });
      expect(answer.status, path).toBe(204);
      expect(answer.body).toBeNull();
      for (const [name, header] of Object.entries(preflight)) {
        const value = resolved(header).schema?.const ?? ALLOWED_ORIGIN;
        expect(answer.headers.get(name), `${name} on ${path}`).toBe(String(value));
      }
    }
  });

  it('refuses a preflight from another origin, or without one, as the document says', async () => {
    const refused = components.responses.OriginNotAllowed!;
    for (const [path, item] of Object.entries(paths)) {
      if (!item.options) continue;
      expect(item.options.responses['403']).toEqual({ $ref: '#/components/responses/OriginNotAllowed' });
      for (const headers of [{ origin: FOREIGN_ORIGIN }, {}] as Record<string, string>[]) {
        const answer = await t.call('OPTIONS', concrete(path), { key: null, headers });
        expect({ status: answer.status, code: answer.body.code }, path).toEqual({
          status: 403,
          code: 'origin_not_allowed',
        });
        expect(answer.headers.get('content-type')).toBe('application/problem+json');
        for (const [name, header] of Object.entries(refused.headers)) {
          expect(answer.headers.get(name)).toBe(String(resolved(header).schema?.const));
        }
        const cors = [...answer.headers.keys()].filter((name) => name.startsWith('access-control-'));
        expect(cors, path).toEqual([]);
      }
    }
  });
});
