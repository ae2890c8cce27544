import { LOG_PREFIX, TOKEN_KEY } from '@rujuk/contract';
import { loaderShares } from '../cdn/loader-shares.js';
import { emit } from '../events/emit.js';
import type { LocaleLoader } from '../i18n/load-locale.js';
import { resolveLocale } from '../i18n/resolve-locale.js';
import type { Messages } from '../i18n/types.js';
import type { OptionsSource } from '../options/merge-sources.js';
import { readOption } from '../options/read-option.js';
import { readItem } from '../storage/safe-storage.js';
import type { PageWidget } from '../ui/mount-from-page.js';
import { fail } from './fail.js';
import { importChunk } from './import-chunk.js';
import { script } from './page-script.js';

type UiModule = typeof import('../cdn/ui-entry.js');

const UI = './ui/widget-ui.js';

// The files of the script-tag build sit next to the loader (or the page, without a script tag).
const url = (path: string) => new URL(path, script?.src || document.baseURI).href;
const chunk = <T>(path: string, ui?: string) => importChunk<T>(url(path), ui);

const loadLocale = ((requested: string | null, part?: 'secondary') => {
  const locale = resolveLocale(requested);
  return chunk<{ default: Messages }>(`./ui/locales/${part ? 'secondary/' : ''}${locale}.js`).then((module) => ({
    locale,
    messages: module.default,
  }));
}) as LocaleLoader;

// Not kept in a variable: the browser keeps the loaded module (importing it again downloads nothing),
// and a failed download is tried again on the next import.
const loadUi = () =>
  chunk<UiModule>(UI).then((module) => {
    module.takeLoaderShares(loaderShares);
    return module;
  });

/**
 * Mounts a widget into `host` with the UI module, `undefined` when its files did not download. It
 * fetches the UI, the locale and the first view's chunk at once: a token or a signed identity means a
 * known participant (the share view), else the join form; leaderboard and progress share one chunk.
 */
export async function mountWidget(
  host: HTMLElement,
  view: string | null,
  sources: OptionsSource[],
): Promise<PageWidget | undefined> {
  const known = ['token', 'identity', 'signature'].some((name) => readOption(sources, name)) || readItem(TOKEN_KEY);
  try {
    const [module, preloaded] = await Promise.all([
      loadUi(),
      loadLocale(readOption(sources, 'locale') as string | null),
      // A head start only: the UI downloads the view again, and shows its failure, if this one fails.
      chunk(
        `./ui/views/${view === 'leaderboard' || (view === 'progress' && known) ? 'more' : known ? 'share' : 'join'}.js`,
        url(UI),
      ).catch(() => {}),
    ]);
    return module.mountFromPage(host, sources, { preloaded, loadLocale });
  } catch (error) {
    // Offline, blocked, or a deploy that removed the files: the page owner should know.
    emit('error', { code: 'chunk_unavailable', message: LOG_PREFIX + ' ' + (error as Error).message });
    fail(error);
  }
}
