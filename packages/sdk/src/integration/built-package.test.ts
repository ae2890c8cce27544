import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// What users install: the built files, through the package's own exports map.
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const built = existsSync(`${dist}index.js`) && existsSync(`${dist}server.cjs`);
const require = createRequire(import.meta.url);

describe.skipIf(!built)('the built package (run pnpm build first)', () => {
  it('bundles the browser entry for a browser without any Node module or server code', async () => {
    const result = await build({
      stdin: { contents: "export * from '@rujuk/sdk';", resolveDir: dist, loader: 'js' },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      // Resolve the package by its name, through its exports map, as an app's bundler does.
      alias: { '@rujuk/sdk': `${dist}index.js` },
    });
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).not.toMatch(/node:|createHmac|createServerClient/);
  });

  it('loads both entries as ESM and CJS, sharing one RujukError class per format', async () => {
    const esm = await import(`${dist}index.js`);
    const esmServer = await import(`${dist}server.js`);
    expect(esmServer.RujukError).toBe(esm.RujukError);
    const cjs = require(`${dist}index.cjs`);
    const cjsServer = require(`${dist}server.cjs`);
    expect(cjsServer.RujukError).toBe(cjs.RujukError);
    expect(typeof cjs.createClient).toBe('function');
    expect(typeof cjs.getStores).toBe('function');
    expect(() => cjsServer.createServerClient({ apiUrl: 'x', secretKey: 'sk_x' })).toThrow(cjs.RujukError);
  });

  it('recognises a RujukError from another copy of the package by its name', async () => {
    const esm = await import(`${dist}index.js`);
    const cjs = require(`${dist}index.cjs`);
    expect(esm.isRujukError(new cjs.RujukError('timeout', '[rujuk] GET /v1/program: no answer'))).toBe(true);
  });
});
