#!/usr/bin/env node
// Writes src/openapi/openapi.generated.ts from openapi.json; the contract type test compares it with src/*.ts.
import { writeFileSync } from 'node:fs';
import { generateTypes } from './generate-types-source.mjs';

const target = new URL('../src/openapi/openapi.generated.ts', import.meta.url);
writeFileSync(target, await generateTypes());
console.log(`wrote ${target.pathname}`);
