import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { generateTypes } from '../../scripts/generate-types-source.mjs';

test('the committed generated types are what openapi.json generates today', async () => {
  const committed = readFileSync(new URL('./openapi.generated.ts', import.meta.url), 'utf8');
  // If this fails, run `pnpm --filter @rujuk/protocol generate` and let the contract type test judge the change.
  expect(committed).toBe(await generateTypes());
});
