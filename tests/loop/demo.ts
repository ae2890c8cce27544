import type { Browser, BrowserContext, Page } from 'playwright-core';
import { humanUserAgent } from '../support/browser.js';
import { allowClipboard } from '../support/emulation.js';

/** A running demo, as `startDemo` in `scripts/demo-site.mjs` returns it. */
export interface Demo {
  /** The shop, e.g. `http://localhost:5173` (share links point here). */
  siteUrl: string;
  /** The reference backend, e.g. `http://127.0.0.1:8787`. */
  apiUrl: string;
  adminUrl: string;
  keys: { publishableKey: string; secretKey: string };
  close(): Promise<void>;
}

/** Options of `startDemo`; ports default to the demo's fixed ones, 0 picks free ones. */
export interface DemoOptions {
  sitePort?: number;
  apiPort?: number;
  dataDir?: string;
  seed?: boolean;
}

/** Starts the demo with the very code `pnpm dev` runs (the script is plain JavaScript, hence the typed import). */
export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  const url = new URL('../../scripts/demo-site.mjs', import.meta.url).href;
  const module = (await import(url)) as { startDemo(options: DemoOptions): Promise<Demo> };
  return module.startDemo(options);
}

/** GETs a backend path with the demo's secret key (from Node: no Origin header), parsed. */
export async function secretGet<T>(demo: Demo, path: string): Promise<T> {
  const response = await fetch(new URL(path, demo.apiUrl), {
    headers: { authorization: `Bearer ${demo.keys.secretKey}` },
  });
  if (!response.ok) throw new Error(`GET ${path} → ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * A fresh browser profile that looks like a person's (normal user agent, `navigator.webdriver`
 * false), since the snippet and the backend rightly ignore automated visits.
 */
export async function personContext(browser: Browser, clipboardOrigin?: string): Promise<BrowserContext> {
  const context = await browser.newContext({ userAgent: humanUserAgent, viewport: { width: 1180, height: 900 } });
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false });
  });
  if (clipboardOrigin) {
    await allowClipboard(context, clipboardOrigin);
  }
  return context;
}

/** The counts a progress view shows, by label (`clicks`, `signups`, `conversions`, singular or plural). */
export async function readStats(page: Page, scope: string): Promise<Record<string, number>> {
  const stats = page.locator(`${scope} [part="stat"]`);
  const result: Record<string, number> = {};
  for (const stat of await stats.all()) {
    const label = (await stat.locator('dt').textContent())?.trim() ?? '';
    const key = label.endsWith('s') ? label : `${label}s`;
    result[key] = Number((await stat.locator('dd').textContent())?.replace(/\D/g, ''));
  }
  return result;
}
