import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { measureFiles, measureSize } from './measure-size.js';

const text = Buffer.from("export const share = (code) => 'https://shop.example/?ref=' + code;\n".repeat(40));

describe('measureSize', () => {
  it('counts raw bytes exactly and compresses repetitive code far below them, brotli at most gzip', () => {
    const size = measureSize(text);
    expect(size.raw).toBe(text.length);
    expect(size.gzip).toBeLessThan(size.raw / 5);
    expect(size.brotli).toBeLessThanOrEqual(size.gzip);
  });

  it('compresses each file on its own, as a browser downloads them, instead of one archive', () => {
    const two = measureFiles([text, text]);
    expect(two.raw).toBe(2 * text.length);
    expect(two.brotli).toBe(2 * measureSize(text).brotli);
  });

  it('produces the level-9 gzip length, which decompresses back to the input', async () => {
    const { gzipSync } = await import('node:zlib');
    const gz = gzipSync(text, { level: 9 });
    expect(gunzipSync(gz).equals(text)).toBe(true);
    expect(measureSize(text).gzip).toBe(gz.length);
  });
});
