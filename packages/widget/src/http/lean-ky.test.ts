// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { OPTIONS } from './lean-ky.js';

// Every option the SDK's transport hands to ky while its tests run.
const passed = vi.hoisted(() => new Set<string>());

// The script-tag build resolves `ky` to lean ky (scripts/build-cdn.mjs); so does this file, noting the options.
vi.mock('ky', async () => {
  const { default: ky } = await import('./lean-ky.js');
  return {
    default: (input: string, options: Parameters<typeof ky>[1]) => {
      for (const key of Object.keys(options)) passed.add(key);
      return ky(input, options);
    },
  };
});

describe('the SDK transport over lean ky', async () => {
  // The SDK's own transport tests, against a real local HTTP server: bodies, query strings, error
  // mapping, retries with backoff and Retry-After, per-attempt timeouts and aborts.
  await import('../../../sdk/src/http/create-transport.test.js');
});

describe('lean ky', () => {
  it('implements every option the SDK passes, so a new SDK option cannot be dropped silently', () => {
    expect(passed.size).toBeGreaterThan(4);
    expect([...passed].filter((option) => !OPTIONS.includes(option))).toEqual([]);
  });
});
