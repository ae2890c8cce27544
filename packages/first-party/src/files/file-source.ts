/** A script file's bytes, or `undefined` when a source does not have it. */
export type FileBody = string | Uint8Array;

/**
 * Where script files come from: given a path relative to the packages' `dist/` (`rujuk.global.js`,
 * `ui/widget-ui.js`), the file's content, or `undefined` when this source does not have it.
 */
export type FileSource = (name: string) => Promise<FileBody | undefined>;

/**
 * Files passed in by the app, e.g. bundled as text in a Worker: `{ 'rujuk.global.js': source }`.
 * @example filesFromRecord({ 'rujuk.global.js': snippetSource })
 */
export function filesFromRecord(files: Record<string, FileBody>): FileSource {
  const map = new Map(Object.entries(files));
  return async (name) => map.get(name);
}

/**
 * Files fetched once from an origin or CDN (for runtimes without a file system, such as Workers)
 * and kept in memory; a 404 there is a file this source does not have.
 * @example filesFromUrl('https://cdn.jsdelivr.net/npm/@rujuk/attribution@0.1.0/dist/')
 */
export function filesFromUrl(baseUrl: string, init: { timeoutMs?: number } = {}): FileSource {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const cache = new Map<string, Promise<FileBody | undefined>>();
  return (name) => {
    let body = cache.get(name);
    if (!body) {
      body = fetch(new URL(name, base), { signal: AbortSignal.timeout(init.timeoutMs ?? 10_000) }).then(
        async (response) => {
          if (response.status === 404) return undefined;
          if (!response.ok) throw new Error(`GET ${base}${name} answered ${response.status}`);
          return new Uint8Array(await response.arrayBuffer());
        },
      );
      // A failed download is tried again by the next request, not remembered.
      body.catch(() => cache.delete(name));
      cache.set(name, body);
    }
    return body;
  };
}
