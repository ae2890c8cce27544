import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { isRujukError, RujukError } from '../index.js';

describe('the server’s RujukError', () => {
  it('carries the field errors, Retry-After and Allow it is given, and its cause', () => {
    const cause = new Error('disk full');
    const error = new RujukError('invalid_request', 'Invalid click: /code is too short.', {
      errors: [{ path: '/code', message: 'is too short' }],
      retryAfter: 3,
      allow: ['GET'],
      cause,
    });
    expect(error).toMatchObject({
      name: 'RujukError',
      code: 'invalid_request',
      message: 'Invalid click: /code is too short.',
      errors: [{ path: '/code', message: 'is too short' }],
      retryAfter: 3,
      allow: ['GET'],
      cause,
    });
    expect(Object.keys(error)).not.toContain('cause');
  });

  it('is recognised by name, also from another realm where instanceof fails', () => {
    const foreign = runInNewContext(
      'Object.assign(new Error("bad config"), { name: "RujukError", code: "invalid_config" })',
    ) as unknown;
    expect(foreign instanceof Error).toBe(false);
    expect(isRujukError(foreign)).toBe(true);
    expect(isRujukError(foreign, 'invalid_config')).toBe(true);
    expect(isRujukError(new TypeError('x'))).toBe(false);
  });
});
