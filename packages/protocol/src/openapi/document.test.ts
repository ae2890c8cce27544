import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

type Json = Record<string, unknown>;
const document = JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8')) as Json;

function refsIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) refsIn(item, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refsIn(value, found);
    }
  }
  return found;
}

function resolve(pointer: string): unknown {
  return pointer
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, part) => (node as Json | undefined)?.[part], document);
}

const located = Object.entries(document.paths as Record<string, Record<string, Json>>).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
);
const operations = located.map(({ operation }) => operation);
const preflights = located.filter(({ method }) => method === 'options');
const schemas = (document.components as { schemas: Record<string, { enum: string[] }> }).schemas;

describe('openapi.json', () => {
  test('is an OpenAPI 3.1 document', () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
  });

  test('every $ref points at something that exists', () => {
    const dangling = refsIn(document).filter((pointer) => resolve(pointer) === undefined);
    expect(dangling).toEqual([]);
  });

  test('every operation names its security and answers problem+json on errors', () => {
    for (const operation of operations) {
      expect(operation.security, String(operation.operationId)).toBeInstanceOf(Array);
      const responses = operation.responses as Record<string, Json>;
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) < 400) continue;
        const body = (response.$ref ? resolve(response.$ref as string) : response) as { content: Json };
        expect(Object.keys(body.content), `${operation.operationId} ${status}`).toEqual(['application/problem+json']);
      }
    }
  });

  test('every operation id is unique', () => {
    const ids = operations.map((operation) => operation.operationId);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('every operation documents 405 method_not_allowed with its Allow header, as servers answer it', () => {
    // OPTIONS is answered on every path (it is the CORS preflight), so it is never a wrong method.
    const documents405 = ({ operation }: (typeof located)[number]) =>
      (operation.responses as Record<string, Json>)['405']?.$ref === '#/components/responses/MethodNotAllowed';
    const missing = located.filter((entry) => entry.method !== 'options' && !documents405(entry));
    expect(missing.map(({ operation }) => operation.operationId)).toEqual([]);
    expect(preflights.filter(documents405).map(({ operation }) => operation.operationId)).toEqual([]);
    const notAllowed = resolve('#/components/responses/MethodNotAllowed') as { headers: Record<string, Json> };
    expect(Object.keys(notAllowed.headers)).toEqual(['Allow']);
  });

  test('every operation that takes a credential documents 401 with its WWW-Authenticate challenge', () => {
    for (const operation of operations) {
      if ((operation.security as Json[]).length === 0) continue;
      const unauthorized = (operation.responses as Record<string, { headers?: Json }>)['401'];
      expect(unauthorized?.headers, String(operation.operationId)).toHaveProperty('WWW-Authenticate');
    }
  });

  test('exactly the paths a publishable key can call document their OPTIONS preflight, which takes no key', () => {
    const browserPaths = located
      .filter(({ operation }) => (operation.security as Json[]).some((requirement) => 'publishableKey' in requirement))
      .map(({ path }) => path);
    expect(preflights.map(({ path }) => path).sort()).toEqual([...new Set(browserPaths)].sort());
    for (const { operation } of preflights) {
      expect(operation.security, String(operation.operationId)).toEqual([]);
      expect(operation.responses).toEqual({
        204: { $ref: '#/components/responses/Preflight' },
        403: { $ref: '#/components/responses/OriginNotAllowed' },
      });
    }
  });

  test('a preflight answers 204 with the CORS headers, or 403 origin_not_allowed without them', () => {
    const allowed = resolve('#/components/responses/Preflight') as { headers: Record<string, Json>; content?: Json };
    expect(allowed.content).toBeUndefined();
    expect(Object.keys(allowed.headers).sort()).toEqual([
      'Access-Control-Allow-Headers',
      'Access-Control-Allow-Methods',
      'Access-Control-Allow-Origin',
      'Access-Control-Max-Age',
      'Vary',
    ]);
    const header = (name: string) => resolve(`#/components/headers/${name}`) as { schema: { const?: unknown } };
    expect(header('Access-Control-Allow-Methods').schema.const).toBe('GET, POST, OPTIONS');
    expect(header('Access-Control-Allow-Headers').schema.const).toBe(
      'authorization, content-type, x-rujuk-token, x-rujuk-email, x-rujuk-signature',
    );
    expect(header('Access-Control-Max-Age').schema.const).toBe(86400);
    const refused = resolve('#/components/responses/OriginNotAllowed') as { headers: Record<string, Json> };
    expect(Object.keys(refused.headers)).toEqual(['Vary']);
  });

  test('every error code has a documented response with its status', () => {
    const responses = Object.values((document.components as { responses: Record<string, Json> }).responses);
    type Example = { value: { code: string; status: number } };
    const documented = responses.flatMap((response) => {
      // A 204 preflight has no body; every other shared response is a problem.
      const content = response.content as Record<string, { examples: Record<string, Example> }> | undefined;
      const media = content?.['application/problem+json'];
      return media ? Object.values(media.examples).map((example) => example.value) : [];
    });
    expect(documented.map((problem) => problem.code).sort()).toEqual([...schemas.ErrorCode!.enum].sort());
    for (const problem of documented) expect(problem.status).toBeGreaterThanOrEqual(400);
  });

  test('every schema and every property says what it is for', () => {
    const undescribed: string[] = [];
    const visit = (schema: Json, path: string) => {
      for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
        if (!property.description && !property.$ref && !property.oneOf) undescribed.push(`${path}.${name}`);
        visit(property, `${path}.${name}`);
      }
      if (schema.items) visit(schema.items as Json, `${path}[]`);
    };
    for (const [name, schema] of Object.entries(schemas as unknown as Record<string, Json>)) {
      if (!schema.description) undescribed.push(name);
      visit(schema, name);
    }
    expect(undescribed).toEqual([]);
  });

  test('every request body is accepted as JSON and as text/plain for beacons', () => {
    for (const operation of operations) {
      const body = operation.requestBody as { content: Json } | undefined;
      if (body) expect(Object.keys(body.content).sort()).toEqual(['application/json', 'text/plain']);
    }
  });
});
