// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import ky from './lean-ky.js';

// The script-tag build resolves `ky` to lean ky (scripts/build-cdn.mjs); so does this file.
vi.mock('ky', () => import('./lean-ky.js'));

describe('the SDK transport over lean ky', async () => {
  // The SDK's own transport tests, against a real local HTTP server: bodies, query strings, error
  // mapping, retries with backoff and Retry-After, per-attempt timeouts and aborts.
  await import('../../../sdk/src/http/create-transport.test.js');
});

describe('lean ky', () => {
  it('refuses an option it does not implement, so a new SDK option cannot be dropped silently', async () => {
    await expect(ky('http://127.0.0.1:9/', { hooks: {} } as never)).rejects.toThrow(/unsupported option hooks/);
  });
});
