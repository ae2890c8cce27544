import { demoProgram, type ProgramConfigInput, type StartServerOptions, startServer } from '@rujuk/server';

/** A real reference backend started for a test file. */
export interface Backend {
  /** Base URL without `/v1`, e.g. `http://127.0.0.1:41234`. */
  url: string;
  publishableKey: string;
  secretKey: string;
  /** GETs a path with the secret key and returns the parsed JSON; throws with the problem text on non-2xx. */
  secret<T = unknown>(path: string, init?: RequestInit): Promise<T>;
  close(): Promise<void>;
}

/** Options for {@link startBackend}: the server's own options, with rate limits off unless asked. */
export interface BackendOptions extends Pick<StartServerOptions, 'dataDir' | 'rateLimits' | 'seed' | 'keys'> {
  /** Fields merged over the built-in demo program (top-level keys replace the demo's). */
  config?: Partial<ProgramConfigInput>;
}

/** Starts `@rujuk/server` on 127.0.0.1 with a fresh embedded database (or `dataDir`), for one test file. */
export async function startBackend(options: BackendOptions = {}): Promise<Backend> {
  const { config, ...rest } = options;
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    rateLimits: false,
    ...rest,
    config: { ...demoProgram, ...config },
  });
  const { publishableKey, secretKey } = server.keys;
  return {
    url: server.url,
    publishableKey,
    secretKey,
    async secret<T>(path: string, init: RequestInit = {}): Promise<T> {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${secretKey}`);
      if (init.body) headers.set('content-type', 'application/json');
      const response = await fetch(new URL(path, server.url), { ...init, headers });
      const text = await response.text();
      if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path} → ${response.status}: ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
    close: () => server.close(),
  };
}
