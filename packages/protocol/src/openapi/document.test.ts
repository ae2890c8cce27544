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

const operations = Object.values(document.paths as Record<string, Record<string, Json>>).flatMap((item) =>
  Object.values(item),
);
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

  test('every operation documents 405 method_not_allowed with its Allow header, as servers answer it', () => {
    const missing = operations.filter(
      (operation) =>
        (operation.responses as Record<string, Json>)['405']?.$ref !== '#/components/responses/MethodNotAllowed',
    );
    expect(missing.map((operation) => operation.operationId)).toEqual([]);
    const notAllowed = resolve('#/components/responses/MethodNotAllowed') as { headers: Record<string, Json> };
    expect(Object.keys(notAllowed.headers)).toEqual(['Allow']);
  });

  test('every 401 documents its WWW-Authenticate challenge', () => {
    for (const operation of operations) {
      const unauthorized = (operation.responses as Record<string, { headers?: Json }>)['401'];
      expect(unauthorized?.headers, String(operation.operationId)).toHaveProperty('WWW-Authenticate');
    }
  });

  test('every error code has a documented response with its status', () => {
    const responses = Object.values((document.components as { responses: Record<string, Json> }).responses);
    type Example = { value: { code: string; status: number } };
    const documented = responses.flatMap((response) => {
      const media = (response.content as Record<string, { examples: Record<string, Example> }>)[
        'application/problem+json'
      ];
      return Object.values(media!.examples).map((example) => example.value);
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
