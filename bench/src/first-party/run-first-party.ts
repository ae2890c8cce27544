import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { measure, type Size } from '@rujuk/size';
import { build } from 'esbuild';
import { startBackendProcess } from '../backend/backend-process.js';
import { BenchError } from '../errors.js';
import { type Summary, summarize } from '../stats/summary.js';

/** What `@rujuk/first-party` weighs in a server bundle and what its proxy adds to a protocol call. */
export interface FirstPartyResult {
  /** The core (`createFirstParty`), bundled and minified as a Worker would ship it, bytes. */
  core: Size;
  /** `GET /v1/program` straight to the backend and through the Node middleware, alternating, ms. */
  direct: Summary;
  proxied: Summary;
  /** Median of the per-pair differences, ms. */
  addedMs: number;
  requests: number;
}

async function coreSize(): Promise<Size> {
  const result = await build({
    stdin: {
      contents: "export { createFirstParty, filesFromUrl } from '@rujuk/first-party';",
      resolveDir: process.cwd(),
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
  });
  return measure(result.outputFiles[0]!.contents);
}

const timeGet = async (url: string): Promise<number> => {
  const started = performance.now();
  const response = await fetch(url);
  if (!response.ok) throw new BenchError('server_failed', `GET ${url} answered ${response.status}`);
  await response.arrayBuffer();
  return performance.now() - started;
};

/** Measures the core's size and the proxy's added latency over `requests` alternating pairs on loopback. */
export async function runFirstParty(requests: number): Promise<FirstPartyResult> {
  const core = await coreSize();
  const { firstParty } = await import('@rujuk/first-party/node');
  const backend = await startBackendProcess({ seed: true });
  const middleware = firstParty({ apiUrl: backend.url, publishableKey: backend.publishableKey });
  const site = createServer((req, res) => middleware(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
  try {
    const query = `/v1/program?key=${backend.publishableKey}`;
    const proxiedUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/_rujuk${query}`;
    // Warm both paths (connection pools, the backend's first query) before measuring.
    for (let i = 0; i < 5; i++) await Promise.all([timeGet(backend.url + query), timeGet(proxiedUrl)]);
    const direct: number[] = [];
    const proxied: number[] = [];
    for (let i = 0; i < requests; i++) {
      direct.push(await timeGet(backend.url + query));
      proxied.push(await timeGet(proxiedUrl));
    }
    const added = summarize(proxied.map((ms, i) => ms - direct[i]!)).median;
    return { core, direct: summarize(direct), proxied: summarize(proxied), addedMs: added, requests };
  } finally {
    site.closeAllConnections();
    site.close();
    await backend.stop();
  }
}
