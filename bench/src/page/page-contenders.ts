import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorDir, anchorVersion, readBuilt } from '../contenders/paths.js';
import type { Kind } from '../sizes/size-entries.js';
import { bundleFromBench, PLAUSIBLE_ENTRY } from '../sizes/size-entries.js';
import type { Asset } from './site.js';

/** The referral every landing carries, in each contender's own URL parameter. */
export const REFERRAL_CODE = 'ANNA42';

/** Where the page's Rujuk scripts send their requests. */
export interface BackendRef {
  url: string;
  publishableKey: string;
}

/** One script tag of a contender's install. */
export interface ScriptTag {
  src: string;
  attributes?: Record<string, string>;
}

/** How one contender is installed on the shared page, and how to tell that it captured the referral. */
export interface PageContender {
  id: string;
  name: string;
  kind: Kind | 'baseline';
  /** Extra `<head>` markup (a stylesheet the install asks for). */
  head?: string;
  /** Extra markup at the end of the page's `<main>` (a form the script fills), for the one page that needs it. */
  body?: string;
  scripts: ScriptTag[];
  /** The install's inline call after its script, e.g. `squatch.init(...)`. */
  install?: string;
  /** A JavaScript expression that is true once the referral can be read through the contender's API. */
  probe?: string;
  /** Why there is no capture figure, when there is none. */
  noCapture?: string;
  /** Files served from memory at `/c/<id>/…`. */
  assets(): Promise<Record<string, Asset>>;
}

const JS = 'text/javascript; charset=utf-8';
const anchorFile = (name: string, path: string): Asset => ({
  body: readFileSync(join(anchorDir(name), path)),
  type: path.endsWith('.css') ? 'text/css; charset=utf-8' : JS,
});

/** Rujuk's bundles are served by the site from each package's dist folder (so the loader finds its chunks); this only checks they are built. */
const servedFromDist = (path: string) => async (): Promise<Record<string, Asset>> => {
  readBuilt(path);
  return {};
};

/** SaaSquatch's `_saasquatch` parameter: base64 JSON of domain → tenant → program codes. */
export const squatchParam = (host: string): string =>
  Buffer.from(JSON.stringify({ [host]: { bench_tenant: { codes: { referral: REFERRAL_CODE } } } })).toString('base64');

/** The landing URL's query, the same for every contender: each finds the referral in its own parameter. */
export const landingQuery = (host: string): string =>
  `?ref=${REFERRAL_CODE}&via=${REFERRAL_CODE}&_saasquatch=${encodeURIComponent(squatchParam(host))}`;

/** The page-cost contenders: the baseline first, then Rujuk's script tags, then the anchors. */
export function pageContenders(backend: BackendRef): PageContender[] {
  const rujukAttributes = { 'data-key': backend.publishableKey, 'data-api': backend.url };
  return [
    {
      id: 'baseline',
      name: 'baseline (no script)',
      kind: 'baseline',
      scripts: [],
      // Always true: the baseline's "capture" is when an inline script after the install first runs.
      probe: 'true',
      assets: async () => ({}),
    },
    {
      id: 'empty-script',
      name: 'empty script file (per-script floor)',
      kind: 'baseline',
      scripts: [{ src: '/c/empty-script/empty.js' }],
      probe: 'true',
      assets: async () => ({ 'empty.js': { body: '', type: JS } }),
    },
    {
      id: 'rujuk-attribution',
      name: '@rujuk/attribution script tag',
      kind: 'rujuk',
      scripts: [{ src: '/packages/attribution/dist/rujuk.global.js', attributes: rujukAttributes }],
      probe: `((r)=> !!r&&String(r.code).toUpperCase()==='${REFERRAL_CODE}')(window.rujuk&&rujuk.h&&rujuk.h.referral&&rujuk('referral'))`,
      assets: servedFromDist('packages/attribution/dist/rujuk.global.js'),
    },
    {
      id: 'rujuk-widget',
      name: '@rujuk/widget loader',
      kind: 'rujuk',
      scripts: [{ src: '/packages/widget/dist/widget.global.js', attributes: rujukAttributes }],
      noCapture: 'the widget does not capture referrals (the attribution script does)',
      assets: servedFromDist('packages/widget/dist/widget.global.js'),
    },
    {
      id: 'squatch',
      name: `SaaSquatch squatch-js ${anchorVersion('@saasquatch/squatch-js')}`,
      kind: 'anchor',
      scripts: [{ src: '/c/squatch/squatch.min.js' }],
      install: "squatch.init({ tenantAlias: 'bench_tenant' });",
      probe: "document.cookie.indexOf('_saasquatch=')>=0",
      assets: async () => ({ 'squatch.min.js': anchorFile('@saasquatch/squatch-js', 'dist/squatch.min.js') }),
    },
    {
      id: 'dub',
      name: `Dub @dub/analytics ${anchorVersion('@dub/analytics')} (loader only)`,
      kind: 'anchor',
      scripts: [{ src: '/c/dub/analytics.js' }],
      noCapture: 'Dub captures in script.js from its CDN, which is not reachable here',
      assets: async () => ({
        'analytics.js': {
          body: await bundleFromBench("import { inject } from '@dub/analytics'; inject({});", 'iife'),
          type: JS,
        },
      }),
    },
    {
      id: 'plausible',
      name: `Plausible plausible-tracker ${anchorVersion('plausible-tracker')}`,
      kind: 'anchor',
      scripts: [{ src: '/c/plausible/tracker.js' }],
      noCapture: 'an analytics tracker: it keeps no referral',
      assets: async () => ({ 'tracker.js': { body: await bundleFromBench(PLAUSIBLE_ENTRY, 'iife'), type: JS } }),
    },
    {
      id: 'shareon',
      name: `shareon ${anchorVersion('shareon')}`,
      kind: 'anchor',
      head: '<link rel="stylesheet" href="/c/shareon/shareon.min.css">',
      scripts: [{ src: '/c/shareon/shareon.iife.js', attributes: { init: '' } }],
      noCapture: 'share buttons: they keep no referral',
      assets: async () => ({
        'shareon.iife.js': anchorFile('shareon', 'dist/shareon.iife.js'),
        'shareon.min.css': anchorFile('shareon', 'dist/shareon.min.css'),
      }),
    },
  ];
}
