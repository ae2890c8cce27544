import { build } from 'esbuild';

/**
 * Bundles and minifies `source` as an app's bundler would ship it to ES2022 browsers, the way a
 * budget's `bundle` entry is measured; bare imports resolve from `resolveDir` (then `nodePaths`).
 */
export async function bundleEntry(source: string, resolveDir: string, nodePaths: string[] = []): Promise<Buffer> {
  const result = await build({
    nodePaths,
    stdin: { contents: source, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return Buffer.from(result.outputFiles[0]!.contents);
}
