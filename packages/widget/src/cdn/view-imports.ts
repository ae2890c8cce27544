import { importChunk } from '../loader/import-chunk.js';
import type * as bundled from '../ui/view-imports.js';

// The script-tag build's view files sit in views/ next to the UI module. Each imports the UI module
// from the URL this one was loaded from (a retry's differs), so the view passes it on.
const view =
  <T>(file: string) =>
  (): Promise<T> =>
    importChunk<T>(new URL(`./views/${file}.js`, import.meta.url).href, import.meta.url.split('?')[0]);

/** Downloads views/join.js: the join form and the program's info. */
export const importJoin: typeof bundled.importJoin = view('join');

/** Downloads views/share.js: the share view. */
export const importShare: typeof bundled.importShare = view('share');

/** Downloads views/more.js: the progress and leaderboard views. */
export const importMore: typeof bundled.importMore = view('more');
