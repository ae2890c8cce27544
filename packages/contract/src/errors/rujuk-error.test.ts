import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { isRujukError } from './is-rujuk-error.js';
import { RujukError } from './rujuk-error.js';

describe('the Rujuk error family', () => {
  it('carries a stable name, code and message, and status, detail and cause only when given', () => {
    const cause = new Error('ECONNREFUSED');
    const error = new RujukError('rate_limited', 'Rujuk POST /v1/clicks: slow down', {
      status: 429,
      detail: 'slow down',
      cause,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'RujukError', code: 'rate_limited', status: 429, detail: 'slow down', cause });
    expect(error.message).toBe('Rujuk POST /v1/clicks: slow down');
    const bare = new RujukError('invalid_option', 'timeout must be a number');
    expect(Object.keys(bare).sort()).toEqual(['code', 'name']);
    expect('cause' in bare).toBe(false);
  });

  it('is recognised by name, also from another realm and as the script tag’s plain Error', () => {
    const foreign = runInNewContext(
      'const e = new Error("bad"); e.name = "RujukError"; e.code = "invalid_request"; e',
    ) as unknown;
    expect(foreign instanceof Error).toBe(false);
    expect(isRujukError(foreign)).toBe(true);
    expect(isRujukError(Object.assign(Error('bad'), { name: 'RujukError', code: 'invalid_request' }))).toBe(true);
    expect(isRujukError(new RujukError('not_found', 'gone'))).toBe(true);
  });

  it.each([null, undefined, 'RujukError', { name: 'TypeError' }, new TypeError('x')])('refuses %j', (value) => {
    expect(isRujukError(value)).toBe(false);
  });

  it('matches a code when asked, taking the deprecated invalid_argument for invalid_request', () => {
    const error = new RujukError('invalid_request', '[rujuk] convert: invalid event');
    expect(isRujukError(error, 'invalid_request')).toBe(true);
    expect(isRujukError(error, 'invalid_argument')).toBe(true);
    expect(isRujukError(error, 'not_found')).toBe(false);
    expect(isRujukError(new RujukError('not_found', 'gone'), 'invalid_argument')).toBe(false);
  });
});
