import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { importChunk } from './import-chunk.js';

// Real files on disk stand for the script-tag build's: one missing at first, as a download that failed.
// Under node_modules/, which Vitest's module runner leaves to Node's own import, as a browser's.
const dir = mkdtempSync(join(process.cwd(), 'node_modules/.import-chunk-'));
const file = (name: string) => pathToFileURL(join(dir, name)).href;
const write = (name: string) => writeFileSync(join(dir, name), 'export const url = import.meta.url;\n');

describe('importChunk', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a file from its own URL while it never failed', async () => {
    write('plain.js');
    expect((await importChunk<{ url: string }>(file('plain.js'))).url).toBe(file('plain.js'));
  });

  it('imports a file that failed from a new URL on each next try', async () => {
    await expect(importChunk(file('late.js'))).rejects.toThrow();
    await expect(importChunk(file('late.js'))).rejects.toThrow();
    write('late.js');
    expect((await importChunk<{ url: string }>(file('late.js'))).url).toBe(`${file('late.js')}?11`);
  });

  it('tells a view the query its UI module was loaded with, in the fragment', async () => {
    await expect(importChunk(file('ui.js'))).rejects.toThrow();
    write('ui.js');
    write('view.js');
    expect((await importChunk<{ url: string }>(file('ui.js'))).url).toBe(`${file('ui.js')}?1`);
    expect((await importChunk<{ url: string }>(file('view.js'), file('ui.js'))).url).toBe(`${file('view.js')}#?1`);
  });
});
