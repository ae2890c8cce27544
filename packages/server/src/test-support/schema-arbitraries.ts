import openapi from '@rujuk/protocol/openapi.json';
import fc from 'fast-check';
import { hostileJson, storableText, unstorableText } from './hostile-text.js';

/** The part of JSON Schema the protocol document uses for request bodies. */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema;
  maxProperties?: number;
  propertyNames?: Schema;
}

const schemas = openapi.components.schemas as unknown as Record<string, Schema>;

/** A component schema of the protocol document, with `$ref`s followed. */
export function schemaOf(name: string): Schema {
  return resolve({ $ref: `#/components/schemas/${name}` });
}

function resolve(schema: Schema): Schema {
  return schema.$ref ? resolve(schemas[schema.$ref.split('/').pop()!]!) : schema;
}

/** Body fields replaced with fixed arbitraries, e.g. the click code with codes that exist. */
export type Overrides = Record<string, fc.Arbitrary<unknown>>;

const email = fc
  .tuple(fc.stringMatching(/^[a-z0-9._%+'-]{1,30}$/), fc.stringMatching(/^[a-z0-9-]{1,20}\.[a-z]{2,6}$/))
  .map(([local, domain]) => `${local}@${domain}`);

/** Values the protocol document allows for a schema: patterns, lengths, ranges; hostile but storable text. */
export function validValue(raw: Schema, overrides: Overrides = {}, path = ''): fc.Arbitrary<unknown> {
  const schema = resolve(raw);
  if (overrides[path]) return overrides[path]!;
  if (schema.properties) {
    const fields: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [key, child] of Object.entries(schema.properties)) {
      fields[key] = validValue(child, overrides, `${path}/${key}`);
    }
    return fc.record(fields, { requiredKeys: schema.required ?? [] });
  }
  if (schema.additionalProperties) {
    const value = fc.oneof(
      storableText(schema.additionalProperties.maxLength),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const key = storableText(schema.propertyNames?.maxLength).filter((name) => name.length > 0);
    return fc.dictionary(key, value, { maxKeys: schema.maxProperties });
  }
  if (schema.type === 'integer') {
    const min = schema.minimum ?? 0;
    const max = schema.maximum ?? 2 ** 31;
    return fc.oneof(fc.integer({ min, max: Math.min(max, 2 ** 31 - 1) }), fc.constantFrom(min, max));
  }
  if (schema.format === 'email') return email;
  if (schema.pattern === '^[A-Z]{3}$') return fc.constantFrom('USD', 'EUR', 'IDR', 'MYR', 'JPY', 'XAU', 'XXX');
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  const max = schema.maxLength ?? 200;
  // Text right at the length limit is where a server stricter than the document shows.
  // JSON Schema counts code points, so an emoji is one character however JavaScript counts it.
  const atLimit = fc.string({ unit: fc.constantFrom('a', '🙂', 'é'), minLength: max, maxLength: max });
  const text = storableText(Math.min(max, 300)).filter((value) => value.length >= (schema.minLength ?? 0));
  return fc.oneof({ arbitrary: text, weight: 4 }, { arbitrary: atLimit, weight: 1 });
}

/** Request bodies the protocol document allows for an object schema. */
export function validBody(schema: Schema, overrides: Overrides = {}): fc.Arbitrary<Record<string, unknown>> {
  return validValue(schema, overrides) as fc.Arbitrary<Record<string, unknown>>;
}

/** A body field broken on purpose: its JSON pointer and a value the protocol document forbids there. */
export interface BrokenField {
  pointer: string;
  value: unknown;
}

const wrongTypeFor = (schema: Schema): fc.Arbitrary<unknown> => {
  const options: fc.Arbitrary<unknown>[] = [fc.boolean(), fc.array(hostileJson, { maxLength: 2 })];
  // JSON has no NaN or Infinity: they would travel as null, which means "absent" and is allowed.
  if (schema.type !== 'integer' && schema.type !== 'number')
    options.push(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
  if (!schema.properties && !schema.additionalProperties)
    options.push(fc.dictionary(storableText(8), hostileJson, { maxKeys: 2 }));
  else options.push(storableText());
  return fc.oneof(...options);
};

/** Values the protocol document forbids for a schema: wrong types, broken patterns, too long, out of range. */
export function invalidValue(raw: Schema): fc.Arbitrary<unknown> {
  const schema = resolve(raw);
  const options: fc.Arbitrary<unknown>[] = [wrongTypeFor(schema)];
  if (schema.type === 'integer') {
    const min = schema.minimum ?? 0;
    const max = schema.maximum ?? 2 ** 31;
    options.push(
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)),
      fc.integer({ min: -(2 ** 31), max: min - 1 }),
      fc.constantFrom(max + 1, Number.MAX_SAFE_INTEGER, 1e21),
      fc.integer().map(String),
    );
  } else if (schema.format === 'email') {
    options.push(storableText(60).filter((text) => !/^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/.test(text.trim())));
  } else if (schema.pattern) {
    // The currency pattern stands for ISO 4217, which three letters alone do not make.
    if (schema.pattern === '^[A-Z]{3}$') options.push(fc.constantFrom('XYZ', 'ABC', 'QQQ', 'EUX', 'USS'));
    const pattern = new RegExp(schema.pattern);
    options.push(storableText(80).filter((text) => !pattern.test(text.trim())));
  } else if (schema.maxLength !== undefined) {
    options.push(fc.string({ minLength: schema.maxLength + 1, maxLength: schema.maxLength + 40 }));
  }
  if (schema.type === 'string' || schema.pattern || schema.format) options.push(unstorableText);
  if (schema.additionalProperties) {
    options.push(
      fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.integer(), { minKeys: 21, maxKeys: 30 }),
      fc.dictionary(fc.string({ minLength: 41, maxLength: 60 }), fc.integer(), { minKeys: 1, maxKeys: 2 }),
      fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ minLength: 501, maxLength: 520 }), {
        minKeys: 1,
        maxKeys: 1,
      }),
      fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.oneof(fc.array(fc.integer()), fc.object()), {
        minKeys: 1,
        maxKeys: 1,
      }),
      fc.dictionary(
        unstorableText.filter((key) => key.length <= 40),
        fc.boolean(),
        { minKeys: 1, maxKeys: 1 },
      ),
      fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), unstorableText, { minKeys: 1, maxKeys: 1 }),
    );
  }
  return fc.oneof(...options);
}

/** Every field of a schema (nested objects included) as a JSON pointer with its schema. */
export function fieldsOf(raw: Schema, path = ''): [string, Schema][] {
  const schema = resolve(raw);
  const out: [string, Schema][] = [];
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    const pointer = `${path}/${key}`;
    out.push([pointer, child]);
    out.push(...fieldsOf(child, pointer));
  }
  return out;
}

/** A field of the schema broken with a forbidden value. */
export function brokenField(schema: Schema): fc.Arbitrary<BrokenField> {
  return fc
    .constantFrom(...fieldsOf(schema))
    .chain(([pointer, child]) => invalidValue(child).map((value) => ({ pointer, value })));
}

/** Sets the value at a JSON pointer of a plain object, creating parent objects on the way. */
export function setAt(body: Record<string, unknown>, pointer: string, value: unknown): Record<string, unknown> {
  const keys = pointer.split('/').slice(1);
  const copy = structuredClone(body);
  let node = copy;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null || Array.isArray(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
  return copy;
}
