import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleEntry, largestOf, withStaticImports } from '@rujuk/size';
import { bundle } from '../contenders/bundle.js';
import { anchorDir, anchorVersion, benchRoot, builtRoot, readBuilt, repoRoot } from '../contenders/paths.js';

/** Whose code a row measures: ours, an anchor from the field, or the floor of our own stack. */
export type Kind = 'rujuk' | 'anchor' | 'floor';

/** One row of the size table: what was measured, why it is what a browser loads, and how to read it. */
export interface SizeEntry {
  /** Shared with the page-cost contender of the same script, so both figures print on one row. */
  id: string;
  name: string;
  kind: Kind;
  /** The file(s) measured, or the entry bundled. */
  measured: string;
  /** Why this is what a browser downloads. */
  why: string;
  /** What the figure leaves out, when something could not be measured here. */
  note?: string;
  /** The downloads, each compressed on its own. */
  files(): Promise<Buffer[]>;
}

const widgetDist = 'packages/widget/dist';

/** The chunks of the first open in the build measured: the UI module, its static imports, the largest locale. */
function firstOpenChunks(): Buffer[] {
  readBuilt(`${widgetDist}/ui/widget-ui.js`);
  const ui = withStaticImports(join(builtRoot(), widgetDist, 'ui/widget-ui.js'));
  // A visitor downloads exactly one locale: count the worst case, as `pnpm size` does.
  return [...ui, largestOf(join(builtRoot(), widgetDist, 'ui/locales/*.js'))].map((file) => readFileSync(file));
}

const npm = (name: string) => `${name}@${anchorVersion(name)}`;
const file = (name: string, path: string) => () => Promise.resolve([readFileSync(join(anchorDir(name), path))]);

/** Every row of the size table, Rujuk's bundles first. */
export function sizeEntries(): SizeEntry[] {
  return [
    {
      id: 'rujuk-attribution',
      name: '@rujuk/attribution script tag',
      kind: 'rujuk',
      measured: 'packages/attribution/dist/rujuk.global.js',
      why: 'the IIFE build a site loads with <script src>; nothing else is fetched',
      files: async () => [readBuilt('packages/attribution/dist/rujuk.global.js')],
    },
    {
      id: 'rujuk-widget',
      name: '@rujuk/widget loader',
      kind: 'rujuk',
      measured: `${widgetDist}/widget.global.js`,
      why: 'the script tag of the widget; it mounts triggers and fetches the UI only when needed',
      files: async () => [readBuilt(`${widgetDist}/widget.global.js`)],
    },
    {
      id: 'rujuk-widget-ui',
      name: '@rujuk/widget UI (first open)',
      kind: 'rujuk',
      measured: `${widgetDist}/ui/widget-ui.js + its static imports + largest locale`,
      why: 'the chunks the loader imports on the first open (Preact, stores and views included)',
      files: async () => firstOpenChunks(),
    },
    {
      id: 'rujuk-sdk',
      name: '@rujuk/sdk (createClient + getStores)',
      kind: 'rujuk',
      measured: "esbuild bundle of `export { createClient, getStores } from '@rujuk/sdk'` (with ky, nanostores)",
      why: 'an npm library: a browser gets what the app bundler keeps, so we bundle the typical import',
      files: async () => {
        readBuilt('packages/sdk/dist/index.js');
        const entry = `export { createClient, getStores } from ${JSON.stringify(join(builtRoot(), 'packages/sdk/dist/index.js'))};`;
        // Bundled as `pnpm size` bundles it; ky and nanostores resolve from the SDK's own dependencies,
        // wherever the build was read from.
        return [
          await bundleEntry(entry, join(repoRoot, 'packages/sdk'), [join(repoRoot, 'packages/sdk/node_modules')]),
        ];
      },
    },
    {
      id: 'squatch',
      name: `SaaSquatch ${npm('@saasquatch/squatch-js')}`,
      kind: 'anchor',
      measured: 'dist/squatch.min.js',
      why: 'the package\'s "browser" file, the one its script-tag install serves',
      note: 'widgets render in iframes served by SaaSquatch, not counted',
      files: file('@saasquatch/squatch-js', 'dist/squatch.min.js'),
    },
    {
      id: 'dub',
      name: `Dub ${npm('@dub/analytics')} loader`,
      kind: 'anchor',
      measured: "esbuild bundle of `import { inject } from '@dub/analytics'; inject({})`",
      why: 'the published package is the loader an app bundles; it injects the tracking script',
      note: 'the injected script.js comes from dubcdn.com, not reachable here: not counted',
      files: async () => [await bundleFromBench("import { inject } from '@dub/analytics'; inject({});")],
    },
    {
      id: 'plausible',
      name: `Plausible ${npm('plausible-tracker')}`,
      kind: 'anchor',
      measured: "esbuild bundle of `Plausible({ domain }).trackPageview()` from 'plausible-tracker'",
      why: 'an npm tracker: a browser gets what the app bundler keeps of its module build',
      files: async () => [await bundleFromBench(PLAUSIBLE_ENTRY)],
    },
    {
      id: 'shareon',
      name: `shareon ${npm('shareon')}`,
      kind: 'anchor',
      measured: 'dist/shareon.iife.js + dist/shareon.min.css',
      why: 'the script and stylesheet its README installs (the package\'s "unpkg" file)',
      files: async () => [
        ...(await file('shareon', 'dist/shareon.iife.js')()),
        ...(await file('shareon', 'dist/shareon.min.css')()),
      ],
    },
    {
      id: 'floor',
      name: `floor: preact ${anchorVersion('preact')} + ky ${anchorVersion('ky')} + nanostores ${anchorVersion('nanostores')}`,
      kind: 'floor',
      measured: 'esbuild bundle of render/h/hooks, ky and atom/map/computed',
      why: 'the libraries the widget and SDK are built on: no UI on this stack can weigh less',
      files: async () => [await bundleFromBench(FLOOR_ENTRY)],
    },
  ];
}

/** The Plausible install an app writes, shared by the size row and the page-cost contender. */
export const PLAUSIBLE_ENTRY =
  "import Plausible from 'plausible-tracker'; Plausible({ domain: 'shop.test', apiHost: location.origin }).trackPageview();";

const FLOOR_ENTRY = `export { h, render, Fragment } from 'preact';
export { useState, useEffect, useRef } from 'preact/hooks';
export { default as ky } from 'ky';
export { atom, map, computed } from 'nanostores';`;

/** Bundles an entry whose imports resolve from the bench package's own dependencies. */
export const bundleFromBench = (source: string, format: 'esm' | 'iife' = 'esm') => bundle(source, benchRoot, format);
