import { expect, test } from 'vitest';
import { resolveOptions } from './options.js';

const valid = { baseUrl: 'http://127.0.0.1:8787', publishableKey: 'pk_x', secretKey: 'sk_y' };

test('options get the documented defaults', () => {
  const resolved = resolveOptions(valid);
  expect(resolved.origin).toBe('http://127.0.0.1:5173');
  expect(resolved.timeoutMs).toBe(10_000);
  expect(resolved.only).toContain('cors');
  expect(resolved.wildcardOrigin).toBeNull();
  expect(resolved.webhooks).toBeNull();
  expect(resolved.only).not.toContain('webhooks');
});

test('the webhooks option adds the webhooks group with defaults that fit the default retry schedule', () => {
  const resolved = resolveOptions({ ...valid, webhooks: true });
  expect(resolved.only.at(-1)).toBe('webhooks');
  expect(resolved.webhooks).toEqual({ failures: 1, retryWithinMs: 10_000 });
  expect(resolveOptions({ ...valid, webhooks: { failures: 3 } }).webhooks).toEqual({
    failures: 3,
    retryWithinMs: 10_000,
  });
});

test.each([
  [{ ...valid, baseUrl: 'not a url' }, /baseUrl \(--base-url\) must be an absolute URL/],
  [{ ...valid, baseUrl: 'ftp://host' }, /must be an http\(s\) URL/],
  [{ ...valid, publishableKey: 'sk_y' }, /starting with pk_/],
  [{ ...valid, secretKey: 'pk_x' }, /starting with sk_/],
  [{ ...valid, wildcardOrigin: 'https://shop.example' }, /wildcardOrigin \(--wildcard-origin\) must look like/],
  [{ ...valid, wildcardOrigin: 'https://a.*.shop.example' }, /wildcardOrigin \(--wildcard-origin\) must look like/],
  [{ ...valid, only: ['nope'] as never }, /group names among program, clicks/],
  [{ ...valid, only: ['webhooks'] as never }, /the webhooks group needs the webhooks option \(--webhooks\)/],
  [{ ...valid, webhooks: { failures: 0 } }, /webhooks.failures \(--webhook-failures\) must be an integer from 1 to 10/],
  [
    { ...valid, webhooks: { retryWithinMs: -1 } },
    /webhooks.retryWithinMs \(--webhook-retry-within\) must be a positive/,
  ],
])('bad options are refused with a message saying what to fix (%#)', (options, message) => {
  expect(() => resolveOptions(options)).toThrow(message);
});
