import { describe, expect, it } from 'vitest';
import { fromPages } from './launch.js';

describe('fromPages', () => {
  it('names a loopback server api.test, a host the bench browser can reach', () => {
    expect(fromPages('http://127.0.0.1:8787')).toBe('http://api.test:8787');
    expect(fromPages('http://127.0.0.1:8787/v1/clicks')).toBe('http://api.test:8787/v1/clicks');
  });

  it('leaves other addresses as they are', () => {
    expect(fromPages('http://127.0.0.10:8787')).toBe('http://127.0.0.10:8787');
    expect(fromPages('http://shop.test:1234')).toBe('http://shop.test:1234');
  });
});
