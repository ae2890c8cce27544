/** A JSON Schema node, as found in the OpenAPI document. */
export type JsonSchema = { readonly [keyword: string]: unknown };

type Resolve = (pointer: string) => JsonSchema;

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

function formatError(value: string, format: unknown): string | null {
  if (format === 'date-time' && !(DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)))) return 'a date-time';
  if (format === 'email' && !EMAIL.test(value)) return 'an email address';
  if (format === 'uri' && !URL.canParse(value)) return 'an absolute URI';
  return null;
}

/**
 * Checks `value` against the subset of JSON Schema 2020-12 the protocol document uses
 * ($ref, oneOf/anyOf, type, enum, const, properties, required, additionalProperties, items,
 * pattern, formats date-time/email/uri, minimum/maximum, minLength/maxLength) and lists every mismatch.
 */
export function validate(value: unknown, schema: JsonSchema, resolve: Resolve, path = ''): string[] {
  const at = path || '/';
  if (typeof schema.$ref === 'string') return validate(value, resolve(schema.$ref), resolve, path);
  const errors: string[] = [];

  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const options = schema[keyword] as JsonSchema[] | undefined;
    if (!options) continue;
    const outcomes = options.map((option) => validate(value, option, resolve, path));
    const matching = outcomes.filter((list) => list.length === 0).length;
    if (keyword === 'oneOf' ? matching !== 1 : matching === 0) {
      const closest = outcomes.reduce((a, b) => (b.length < a.length ? b : a));
      errors.push(...(matching > 1 ? [`${at}: matches more than one oneOf branch`] : closest));
    }
  }

  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((type) => matchesType(value, type))) {
      return [...errors, `${at}: expected ${types.join(' or ')}, got ${typeOf(value)}`];
    }
  }
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) {
    errors.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  }
  if ('const' in schema && schema.const !== value) errors.push(`${at}: expected ${JSON.stringify(schema.const)}`);

  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      errors.push(`${at}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
    }
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) errors.push(`${at}: too short`);
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) errors.push(`${at}: too long`);
    const format = formatError(value, schema.format);
    if (format) errors.push(`${at}: ${JSON.stringify(value)} is not ${format}`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${at}: below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${at}: above ${schema.maximum}`);
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, index) => {
      errors.push(...validate(item, schema.items as JsonSchema, resolve, `${path}/${index}`));
    });
  }
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of (schema.required as string[] | undefined) ?? []) {
      if (!(key in record)) errors.push(`${path}/${key}: is required`);
    }
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    for (const [key, item] of Object.entries(record)) {
      const property = properties[key];
      if (property) errors.push(...validate(item, property, resolve, `${path}/${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}/${key}: is not allowed`);
      else if (typeof schema.additionalProperties === 'object') {
        errors.push(...validate(item, schema.additionalProperties as JsonSchema, resolve, `${path}/${key}`));
      }
    }
  }
  return errors;
}
