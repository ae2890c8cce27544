import { expect, test } from 'vitest';
import { parseCliArgs } from './parse-args.js';

test('the CLI reads every flag into suite options', () => {
  const options = parseCliArgs([
    '--base-url',
    'http://127.0.0.1:8787',
    '--publishable-key',
    'pk_a',
    '--secret-key',
    'sk_b',
    '--origin',
    'http://localhost:3000',
    '--wildcard-origin',
    'http://*.localhost:*',
    '--only',
    'clicks, cors',
    '--timeout',
    '5000',
  ]);
  expect(options).toEqual({
    baseUrl: 'http://127.0.0.1:8787',
    publishableKey: 'pk_a',
    secretKey: 'sk_b',
    origin: 'http://localhost:3000',
    wildcardOrigin: 'http://*.localhost:*',
    only: ['clicks', 'cors'],
    timeoutMs: 5000,
  });
});

test('the CLI reads the webhooks flags, and refuses their settings without --webhooks', () => {
  const required = ['--base-url', 'http://127.0.0.1:8787', '--publishable-key', 'pk_a', '--secret-key', 'sk_b'];
  expect(parseCliArgs([...required, '--webhooks'])).toMatchObject({ webhooks: {} });
  expect(
    parseCliArgs([...required, '--webhooks', '--webhook-failures', '3', '--webhook-retry-within', '2000']),
  ).toMatchObject({ webhooks: { failures: 3, retryWithinMs: 2000 } });
  expect(() => parseCliArgs([...required, '--webhook-failures', '3'])).toThrow(
    '--webhook-failures and --webhook-retry-within need --webhooks.',
  );
});

test('the CLI names every missing required flag', () => {
  expect(() => parseCliArgs(['--base-url', 'http://127.0.0.1:8787'])).toThrow(
    'Missing --publishable-key, --secret-key.',
  );
});

test('the CLI refuses unknown flags with a RujukError', () => {
  expect(() => parseCliArgs(['--base', 'x'])).toThrow(expect.objectContaining({ code: 'invalid_option' }));
});
