import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { fromLoader } from './from-loader.js';
import { fromUi } from './from-ui.js';
import { lazyChunks } from './lazy-chunks.js';
import { replaceModule } from './replace-module.js';

const dir = mkdtempSync(join(tmpdir(), 'rujuk-cdn-'));

/** Bundles `contents` as an ES module in `dir` with `plugin`, without minifying, and returns the code. */
async function bundle(contents: string, plugin: Plugin): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: dir, loader: 'js' },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    plugins: [plugin],
  });
  return result.outputFiles[0]!.text;
}

/** Runs an ES module's code and returns its namespace. */
const run = (code: string) => import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

describe('fromUi', () => {
  it('gives a view the names it imports from the shared modules out of the UI module its fragment names', async () => {
    const code = await bundle(
      `import { jsx } from 'preact/jsx-runtime'; import { emit } from '../../events/emit.js'; export { jsx, emit };`,
      fromUi({ names: ['jsx', 'emit'], modules: ['preact/jsx-runtime', '../events/emit.js'] }),
    );
    expect(code).toMatch(/\{ jsx, emit \} = await import\(/);
    expect(code).toContain('new URL("../widget-ui.js" + new URL(import.meta.url).hash.slice(1), import.meta.url)');
    // One import of the UI module for both modules, and no copy of either.
    expect(code.match(/await import\(/g)).toHaveLength(1);
  });
});

describe('fromLoader', () => {
  it('hands the UI module the loader’s copies, in the order of the list, when takeLoaderShares runs', async () => {
    const code = await bundle(
      `import { emit } from '../events/emit.js';
       import { adoptStyles } from '../styles/adopt-styles.js';
       import { takeLoaderShares } from './take-loader-shares.js';
       export const read = () => [adoptStyles, emit];
       export { takeLoaderShares };`,
      fromLoader({
        names: ['adoptStyles', 'emit'],
        modules: ['../styles/adopt-styles.js', '../events/emit.js', './take-loader-shares.js'],
      }),
    );
    const module = await run(code);
    expect(module.read()).toEqual([undefined, undefined]);
    const [adopt, emit] = [() => 'adopted', () => 'emitted'];
    module.takeLoaderShares([adopt, emit]);
    expect(module.read()).toEqual([adopt, emit]);
  });
});

describe('lazyChunks', () => {
  it('points each lazily imported module at its separately built file, left external', async () => {
    const code = await bundle(
      `export const a = () => import('./views/join-chunk.js');
       export const b = () => import('../views/secondary.js');
       export const c = () => import('../qr/qr-svg.js');`,
      lazyChunks('./'),
    );
    expect(code).toContain('import("./views/join.js")');
    expect(code).toContain('import("./views/more.js")');
    expect(code).toContain('import("./qr.js")');
  });
});

describe('replaceModule', () => {
  it('builds the given file wherever a module imports the file of that name', async () => {
    const file = join(dir, 'cdn-version.js');
    writeFileSync(file, 'export const version = "cdn";');
    const code = await bundle(
      `export { version } from '../ui/view-imports.js';`,
      replaceModule('view-imports.js', file),
    );
    expect((await run(code)).version).toBe('cdn');
  });
});
