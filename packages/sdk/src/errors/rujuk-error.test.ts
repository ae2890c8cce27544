import { RujukError as FamilyError, isRujukError as isFamilyError } from '@rujuk/contract';
import { describe, expect, it } from 'vitest';
import { isRujukError, RujukError } from '../index.js';

describe('RujukError', () => {
  it("is a class of the Rujuk error family, built with the family's (code, message, options)", () => {
    const cause = new Error('ECONNREFUSED');
    const problem = {
      type: 'about:blank',
      title: 'Too many',
      status: 429,
      code: 'rate_limited' as const,
      detail: 'slow down',
    };
    const error = new RujukError('rate_limited', '[rujuk] POST /v1/clicks: slow down', {
      status: 429,
      detail: 'slow down',
      problem,
      cause,
    });
    expect(error).toBeInstanceOf(FamilyError);
    expect(error).toMatchObject({
      name: 'RujukError',
      code: 'rate_limited',
      status: 429,
      detail: 'slow down',
      problem,
    });
    expect(error.message).toBe('[rujuk] POST /v1/clicks: slow down');
    expect(error.cause).toBe(cause);
    expect(isFamilyError(error, 'rate_limited')).toBe(true);
    expect(isRujukError(error, 'not_found')).toBe(false);
  });

  it('still takes the shape of earlier versions, (code, where, detail, status, problem, cause), and builds the message', () => {
    const cause = new TypeError('fetch failed');
    const error = new RujukError('network_error', 'GET /v1/program', 'check the network', null, null, cause);
    expect(error).toMatchObject({
      name: 'RujukError',
      code: 'network_error',
      status: null,
      detail: 'check the network',
    });
    expect(error.problem).toBeNull();
    expect(error.cause).toBe(cause);
    expect(error.message).toBe('[rujuk] GET /v1/program: check the network (network_error)');
    expect(new RujukError('not_found', 'GET /v1/participants/me', 'gone', 404).message).toBe(
      '[rujuk] GET /v1/participants/me: gone (not_found 404)',
    );
    // Nothing of the old arguments lands on the error as stray properties.
    expect(Object.keys(error).sort()).toEqual(['code', 'detail', 'name', 'problem', 'status']);
  });
});
