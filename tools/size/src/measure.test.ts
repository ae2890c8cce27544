import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { measure, measureAll, measureFiles } from './measure.js';

const text = Buffer.from("export const share = (code) => 'https://shop.example/?ref=' + code;\n".repeat(40));

describe('measure', () => {
  it('counts raw bytes exactly and compresses repetitive code far below them, brotli at most gzip', () => {
    const size = measure(text);
    expect(size.raw).toBe(text.length);
    expect(size.gzip).toBeLessThan(size.raw / 5);
    expect(size.brotli).toBeLessThanOrEqual(size.gzip);
  });

  it('produces the level-9 gzip length, which decompresses back to the input', () => {
    const gz = gzipSync(text, { level: 9 });
    expect(gunzipSync(gz).equals(text)).toBe(true);
    expect(measure(text).gzip).toBe(gz.length);
  });
});

describe('measureAll and measureFiles', () => {
  it('compress each file on its own, as a browser downloads them, instead of one archive', () => {
    const two = measureAll([text, text]);
    expect(two.raw).toBe(2 * text.length);
    expect(two.brotli).toBe(2 * measure(text).brotli);
  });

  it('give a file on disk the figures of its bytes', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rujuk-size-')), 'a.js');
    writeFileSync(file, text);
    expect(measureFiles([file])).toEqual(measure(text));
  });

  it('name a missing file and say to build it', () => {
    const file = join(tmpdir(), 'rujuk-size-nowhere', 'widget.global.js');
    expect(() => measureFiles([file])).toThrow(
      expect.objectContaining({ code: 'missing_file', message: `${file} is missing: run \`pnpm build\` first` }),
    );
  });
});
