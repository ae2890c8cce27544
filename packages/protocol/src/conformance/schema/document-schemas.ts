// A named import lets the bundler keep only `components` of the document, not its paths and examples.
import { components } from '../../../openapi.json';
import { createValidator, type SchemaSet } from './validate.js';

/** The names of the schemas in `components.schemas` of the protocol document. */
export type SchemaName = keyof typeof components.schemas;

let check: ReturnType<typeof createValidator> | undefined;

/** Lists how `value` differs from the named schema of openapi.json; empty when it conforms. */
export function schemaErrors(value: unknown, name: SchemaName): string[] {
  // Compiled on first use, so importing the suite costs nothing until a check runs.
  check ??= createValidator(components.schemas as unknown as SchemaSet);
  return check(value, name);
}
