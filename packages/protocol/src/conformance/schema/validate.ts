import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** A JSON Schema node, as found in the OpenAPI document. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** The schemas of the OpenAPI document, by name (`components.schemas`). */
export type SchemaSet = Readonly<Record<string, JsonSchema>>;

// OpenAPI 3.1 allows these annotations beside JSON Schema 2020-12; Ajv's strict mode refuses unknown
// keywords, which is what we want for every other typo in the document.
const OPENAPI_ANNOTATIONS = ['discriminator', 'xml', 'externalDocs', 'example'];

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const FORMAT_NAMES: Record<string, string> = {
  'date-time': 'a date-time',
  email: 'an email address',
  uri: 'an absolute URI',
};

// One line per mismatch, in the words the runner has always printed, so reports stay readable.
function describe(error: ErrorObject): string {
  const at = error.instancePath || '/';
  const { params, data } = error as ErrorObject & { params: Record<string, unknown> };
  switch (error.keyword) {
    case 'required':
      return `${error.instancePath}/${params.missingProperty}: is required`;
    case 'additionalProperties':
      return `${error.instancePath}/${params.additionalProperty}: is not allowed`;
    case 'type':
      return `${at}: expected ${String(params.type).split(',').join(' or ')}, got ${typeOf(data)}`;
    case 'enum':
      return `${at}: ${JSON.stringify(data)} is not one of ${JSON.stringify(params.allowedValues)}`;
    case 'const':
      return `${at}: expected ${JSON.stringify(params.allowedValue)}`;
    case 'pattern':
      return `${at}: ${JSON.stringify(data)} does not match ${params.pattern}`;
    case 'format':
      return `${at}: ${JSON.stringify(data)} is not ${FORMAT_NAMES[String(params.format)] ?? params.format}`;
    case 'minLength':
      return `${at}: too short`;
    case 'maxLength':
      return `${at}: too long`;
    case 'minimum':
      return `${at}: below ${params.limit}`;
    case 'maximum':
      return `${at}: above ${params.limit}`;
    case 'oneOf':
      return params.passingSchemas ? `${at}: matches more than one oneOf branch` : `${at}: matches no oneOf branch`;
    default:
      return `${at}: ${error.message ?? error.keyword}`;
  }
}

/**
 * Builds a checker for the document's schemas with Ajv (complete JSON Schema 2020-12, formats
 * date-time, email and uri), which lists every way a value differs from a named schema.
 */
export function createValidator(schemas: SchemaSet): (value: unknown, name: string) => string[] {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
  });
  addFormats(ajv, ['date-time', 'email', 'uri']);
  for (const keyword of OPENAPI_ANNOTATIONS) ajv.addKeyword(keyword);
  // One document, so `#/components/schemas/X` references resolve as they are written; `components`
  // itself is a container, not a keyword to check.
  ajv.addKeyword('components');
  ajv.addSchema({ $id: 'openapi.json', components: { schemas } });
  return (value, name) => {
    // Ajv compiles a schema the first time it is asked for and keeps it.
    const check = schemas[name] && ajv.getSchema(`openapi.json#/components/schemas/${name}`);
    if (!check) throw new Error(`openapi.json has no schema named ${name}`);
    if (check(value)) return [];
    // A failed oneOf also reports each branch's errors; the same line twice says nothing more.
    return [...new Set((check.errors ?? []).map(describe))];
  };
}
