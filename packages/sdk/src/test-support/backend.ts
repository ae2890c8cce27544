import { demoProgram, type StartServerOptions, startServer } from '@rujuk/server';

/** The real reference backend, started for one test file on 127.0.0.1 with a fresh embedded database. */
export interface Backend {
  url: string;
  publishableKey: string;
  secretKey: string;
  close(): Promise<void>;
}

/** Starts `@rujuk/server` with rate limits off; `config` overrides fields of the demo program. */
export async function startBackend(config: Partial<typeof demoProgram> = {}): Promise<Backend> {
  const options: StartServerOptions = {
    port: 0,
    host: '127.0.0.1',
    rateLimits: false,
    // Always the embedded database: a DATABASE_URL in the environment is for the conformance run.
    databaseUrl: undefined,
    config: { ...demoProgram, ...config },
  };
  const previous = process.env.DATABASE_URL;
  delete process.env.DATABASE_URL;
  try {
    const server = await startServer(options);
    return { url: server.url, ...server.keys, close: () => server.close() };
  } finally {
    if (previous !== undefined) process.env.DATABASE_URL = previous;
  }
}

/** A fetch that presents a desktop browser's User-Agent, as the SDK's calls carry in a real page. */
export const browserFetch: typeof fetch = (input, init) => {
  const headers = new Headers(input instanceof Request ? input.headers : init?.headers);
  headers.set(
    'user-agent',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
  );
  return input instanceof Request ? fetch(new Request(input, { headers })) : fetch(input, { ...init, headers });
};
