import type { FieldError } from '@rujuk/protocol';
import { isStorableText, textLength, UNSTORABLE_MESSAGE } from './storable-text.js';

/** A JSON object as parsed from a body. */
export type JsonObject = Record<string, unknown>;

/** Tells a plain JSON object apart from arrays, null and primitives. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rules for {@link readString}. */
export interface StringRules {
  required?: boolean;
  max?: number;
  pattern?: RegExp;
  /** What the pattern means, for the error message. */
  hint?: string;
  /** Accept `null` as "not given". */
  nullable?: boolean;
}

/** Collects field errors with JSON-pointer paths while reading a body. */
export class FieldReader {
  readonly errors: FieldError[] = [];

  fail(path: string, message: string): undefined {
    this.errors.push({ path, message });
    return undefined;
  }

  string(source: JsonObject, key: string, path: string, rules: StringRules = {}): string | undefined {
    const value = source[key];
    if (value === undefined || (value === null && rules.nullable)) {
      return rules.required ? this.fail(`${path}/${key}`, 'is required') : undefined;
    }
    if (typeof value !== 'string') return this.fail(`${path}/${key}`, `must be a string, got ${kind(value)}`);
    if (!isStorableText(value)) return this.fail(`${path}/${key}`, UNSTORABLE_MESSAGE);
    const text = value.trim();
    if (rules.required && text === '') return this.fail(`${path}/${key}`, 'must not be empty');
    if (rules.max !== undefined && textLength(value) > rules.max) {
      return this.fail(`${path}/${key}`, `must be at most ${rules.max} characters`);
    }
    if (rules.pattern && !rules.pattern.test(text)) {
      return this.fail(`${path}/${key}`, rules.hint ?? `must match ${rules.pattern.source}`);
    }
    return text === '' ? undefined : text;
  }

  integer(source: JsonObject, key: string, path: string, min: number, max: number): number | undefined {
    const value = source[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      return this.fail(`${path}/${key}`, `must be an integer, got ${kind(value)}`);
    }
    if (value < min || value > max) return this.fail(`${path}/${key}`, `must be between ${min} and ${max}`);
    return value;
  }

  boolean(source: JsonObject, key: string, path: string): boolean | undefined {
    const value = source[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') return this.fail(`${path}/${key}`, `must be a boolean, got ${kind(value)}`);
    return value;
  }

  object(source: JsonObject, key: string, path: string): JsonObject | undefined {
    const value = source[key];
    if (value === undefined || value === null) return undefined;
    if (!isObject(value)) return this.fail(`${path}/${key}`, `must be an object, got ${kind(value)}`);
    return value;
  }

  array(source: JsonObject, key: string, path: string): unknown[] | undefined {
    const value = source[key];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) return this.fail(`${path}/${key}`, `must be an array, got ${kind(value)}`);
    return value;
  }
}

/** Names a JSON value's type for error messages. */
export function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a non-finite number';
  return `a ${typeof value}`;
}
