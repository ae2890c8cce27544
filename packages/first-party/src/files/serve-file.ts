import { problem } from '../problem/problem.js';
import type { FileBody, FileSource } from './file-source.js';
import { isHashed } from './is-hashed.js';

interface Loaded {
  body: Uint8Array;
  etag: string;
}

// Path segments of the packages' script builds (`ui/locales/secondary/en.js`): no `..`, no hidden
// files, no encoded slashes. Library entries (`index.js`) are for bundlers, not script tags.
const NAME = /^(?:[\w-][\w.-]*\/)*[\w-][\w.-]*\.js$/;

const toBytes = (body: FileBody): Uint8Array => (typeof body === 'string' ? new TextEncoder().encode(body) : body);

/** Serves the packages' script files: immutable caching for hashed names, ETag revalidation for entry files. */
export function createFileServer(sources: FileSource[]) {
  const loaded = new Map<string, Promise<Loaded | undefined>>();

  const load = (name: string): Promise<Loaded | undefined> => {
    let file = loaded.get(name);
    if (!file) {
      file = (async () => {
        for (const source of sources) {
          const body = await source(name);
          if (body !== undefined) {
            const bytes = toBytes(body);
            const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
            const etag = `"${Array.from(digest.slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('')}"`;
            return { body: bytes, etag };
          }
        }
        return undefined;
      })();
      file.then((found) => found ?? loaded.delete(name)).catch(() => loaded.delete(name));
      loaded.set(name, file);
    }
    return file;
  };

  /** Answers `GET`/`HEAD` for one file name under the path. */
  return async (request: Request, name: string): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return problem('method_not_allowed', `${request.method} is not allowed on a script file; use GET.`, {
        allow: 'GET, HEAD',
      });
    }
    if (!NAME.test(name) || /(^|\/)index\.js$/.test(name)) {
      return problem('not_found', `There is no Rujuk script named ${JSON.stringify(name)}.`);
    }
    let file: Loaded | undefined;
    try {
      file = await load(name);
    } catch (error) {
      return problem('backend_unavailable', `The script ${name} could not be loaded: ${(error as Error).message}.`);
    }
    if (!file) {
      const hint = sources.length ? '' : ' No file source is configured: pass `files` (see filesFromUrl).';
      return problem('not_found', `There is no Rujuk script named ${JSON.stringify(name)}.${hint}`);
    }
    const headers = new Headers({
      'content-type': 'text/javascript; charset=utf-8',
      etag: file.etag,
      // Hashed names never change their bytes; entry files keep their name across releases, so the
      // browser asks again each time and mostly gets a 304.
      'cache-control': isHashed(name) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    const match = request.headers.get('if-none-match');
    if (match?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === file.etag)) {
      return new Response(null, { status: 304, headers });
    }
    headers.set('content-length', String(file.body.byteLength));
    return new Response(request.method === 'HEAD' ? null : (file.body as BodyInit), { status: 200, headers });
  };
}
