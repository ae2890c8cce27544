// A named import lets the bundler keep only `components` of the document, not its paths and examples.
import { components } from '../../../openapi.json';
import { type JsonSchema, validate } from './validate.js';

/** The names of the schemas in `components.schemas` of the protocol document. */
export type SchemaName = keyof typeof components.schemas;

function resolve(pointer: string): JsonSchema {
  const name = pointer.replace('#/components/schemas/', '');
  const schema = (components.schemas as Record<string, JsonSchema>)[name];
  if (!schema) throw new Error(`openapi.json has no schema at ${pointer}`);
  return schema;
}

/** Lists how `value` differs from the named schema of openapi.json; empty when it conforms. */
export function schemaErrors(value: unknown, name: SchemaName): string[] {
  return validate(value, { $ref: `#/components/schemas/${name}` }, resolve);
}
