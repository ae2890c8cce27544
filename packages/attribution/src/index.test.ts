// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as rujuk from './index.js';

describe('the npm entry on the server', () => {
  it('imports and does nothing during server-side rendering', async () => {
    expect(rujuk.init({ key: 'pk_test' })).toBe(false);
    expect(rujuk.getReferral()).toBeNull();
    expect(() => rujuk.consent(true)).not.toThrow();
    expect(() => rujuk.identify({ code: 'ANNA42' })).not.toThrow();
    expect(rujuk.on('convert', () => {})).toBeTypeOf('function');
    await expect(rujuk.convert({ event: 'signup' })).rejects.toMatchObject({ code: 'not_initialized' });
  });
});
