import { TOKEN_KEY } from '@rujuk/contract';
import { type CommandHandler, hasCommand, installCommandBus } from '../bus/command-bus.js';
import { loaderShares } from '../cdn/loader-shares.js';
import { watchConsent } from '../consent/watch-consent.js';
import { emit } from '../events/emit.js';
import type { LocaleLoader } from '../i18n/load-locale.js';
import { resolveLocale } from '../i18n/resolve-locale.js';
import type { Messages } from '../i18n/types.js';
import { createLauncher, type Launcher } from '../launcher/create-launcher.js';
import { launcherText } from '../launcher/launcher-text.js';
import type { OptionsSource } from '../options/merge-sources.js';
import { parseLauncher } from '../options/parse-launcher.js';
import { parseTrigger } from '../options/parse-trigger.js';
import { readOption } from '../options/read-option.js';
import type { Frequency, Position, WidgetOptions } from '../options/types.js';
import { readItem } from '../storage/safe-storage.js';
import { watchTrigger } from '../triggers/watch-trigger.js';
import type { PageWidget } from '../ui/mount-from-page.js';
import { findScript } from './find-script.js';
import { importChunk } from './import-chunk.js';

type UiModule = typeof import('../cdn/ui-entry.js');

const UI = './ui/widget-ui.js';

// `[rujuk]` (the contract's LOG_PREFIX) is written out here and in warn-invalid.ts: terser would keep the
// shared constant as a variable, bytes the loader's budget does not have.
const fail = (error: unknown) => console.error('[rujuk]', error);

// The CDN entry: reads the script tag, installs `open`/`close` on the shared command bus, shows the
// launcher and arms the trigger, watches openers and embeds, and imports the UI chunk only when it is
// needed. It reads only the options that decide what to show and download; the UI parses them all.
function start(): void {
  if (hasCommand('open')) {
    console.warn('[rujuk] loaded twice');
    return;
  }
  const script = findScript();
  const url = (path: string) => new URL(path, script?.src || document.baseURI).href;
  const chunk = <T>(path: string, ui?: string) => importChunk<T>(url(path), ui);
  const loadLocale = ((requested: string | null, part?: 'secondary') => {
    const locale = resolveLocale(requested);
    return chunk<{ default: Messages }>(`./ui/locales/${part ? 'secondary/' : ''}${locale}.js`).then((module) => ({
      locale,
      messages: module.default,
    }));
  }) as LocaleLoader;
  const embeds = new Map<Element, Promise<PageWidget | undefined>>();
  // Not kept in a variable: the browser keeps the loaded module (importing it again downloads nothing),
  // and a failed download is tried again on the next import.
  const loadUi = () =>
    chunk<UiModule>(UI).then((module) => {
      module.takeLoaderShares(loaderShares);
      return module;
    });
  let popup: Promise<PageWidget | undefined> | undefined;
  let opener: Element | null = null;
  let launcher: Launcher | null = null;
  let trigger = '';
  let disarm = () => {};

  // Fetches the UI, the locale and the first view's chunk at once: a token or a signed identity means a
  // known participant (the share view), else the join form; leaderboard and progress share one chunk.
  async function mount(host: HTMLElement, view: string | null, sources: OptionsSource[]) {
    const known = ['token', 'identity', 'signature'].some((name) => readOption(sources, name)) || readItem(TOKEN_KEY);
    try {
      const [module, preloaded] = await Promise.all([
        loadUi(),
        loadLocale(readOption(sources, 'locale') as string | null),
        // A head start only: the UI downloads the view again, and shows its failure, if this one fails.
        chunk(
          view === 'leaderboard' || (view === 'progress' && known)
            ? './ui/views/more.js'
            : `./ui/views/${known ? 'share' : 'join'}.js`,
          url(UI),
        ).catch(() => {}),
      ]);
      return module.mountFromPage(host, sources, { preloaded, loadLocale });
    } catch (error) {
      // Offline, blocked, or a deploy that removed the files: the page owner should know.
      emit('error', { code: 'chunk_unavailable', message: `Rujuk widget: ${(error as Error).message}` });
      fail(error);
    }
  }

  // `automatic` is the frequency cap of the trigger that opens it.
  async function open(extra?: WidgetOptions, automatic?: Frequency): Promise<void> {
    const sources = [script, opener, extra, { view: null }];
    if (!popup) {
      const host = document.createElement('div');
      host.setAttribute('data-rujuk-popup', '');
      document.body.append(host);
      // A popup that could not mount (its files did not download) is tried again on the next open.
      popup = mount(host, null, sources).then((widget) => {
        if (!widget) {
          host.remove();
          popup = undefined;
        }
        return widget;
      });
    }
    (await popup)?.open(sources, automatic);
  }

  // The launcher and automatic triggers open the popup with the script tag's options alone.
  const openAlone = (automatic?: Frequency) => {
    opener = null;
    open(undefined, automatic);
  };

  // Async commands take an optional trailing callback and return a Promise.
  const command =
    (run: (extra?: WidgetOptions) => Promise<void>): CommandHandler =>
    (...args) => {
      const done = typeof args.at(-1) === 'function' ? (args.pop() as () => void) : null;
      const result = run(args[0] && typeof args[0] === 'object' ? (args[0] as WidgetOptions) : undefined);
      if (done) result.then(done, done);
      return result;
    };

  // Shows, updates or removes the launcher and arms the trigger, from the script tag.
  function configure(): void {
    const read = (name: string) => readOption([script], name) as string | undefined;
    const text = parseLauncher(read('launcher'));
    if (text === false) {
      launcher?.remove();
      launcher = null;
    } else {
      launcher ??= createLauncher(() => openAlone());
      const locale = resolveLocale(read('locale'));
      launcher.update(
        text || launcherText(locale),
        text ? null : locale,
        (read('position') ?? '') as Position,
        read('accent') ?? null,
      );
    }
    // The same trigger keeps the armed one (and its timer) going.
    if (`${read('trigger')} ${read('frequency')}` !== trigger) {
      trigger = `${read('trigger')} ${read('frequency')}`;
      disarm();
      const frequency = (read('frequency') ?? 'once') as Frequency;
      disarm = watchTrigger(parseTrigger(read('trigger')), frequency, () => openAlone(frequency));
    }
  }

  function scan(): void {
    for (const element of document.querySelectorAll<HTMLElement>('[data-rujuk-embed]')) {
      if (!embeds.has(element)) {
        embeds.set(element, mount(element, element.getAttribute('data-rujuk-embed') || 'share', [script, element]));
      }
    }
    for (const [element, widget] of embeds) {
      if (!element.isConnected) {
        embeds.delete(element);
        widget.then((mounted) => mounted?.unmount());
      }
    }
  }

  installCommandBus({
    open: command(open),
    close: command(async () => (await popup)?.close()),
  });
  watchConsent();

  // Captured on the window, the first to hear a click: a page that stops the click's propagation on
  // its way up (a React `onClick` calling `stopPropagation()`) still opens the popup.
  addEventListener(
    'click',
    (event) => {
      const target = (event.target as Element | null)?.closest?.('[data-rujuk-open]');
      if (target) {
        event.preventDefault();
        opener = target;
        open();
      }
    },
    true,
  );

  const ready = () => {
    configure();
    scan();
    let queued = false;
    const observer = new MutationObserver((mutations) => {
      if (mutations.some((mutation) => mutation.target === script)) configure();
      // Batch a burst of DOM changes (a framework rendering a page) into one scan.
      if (!queued) {
        queued = true;
        queueMicrotask(() => {
          queued = false;
          scan();
        });
      }
    });
    observer.observe(document.documentElement, { subtree: true, childList: true });
    // The script tag's other attributes reach the mounted widgets through their own observers.
    if (script) observer.observe(script, { attributes: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
  else ready();
}

try {
  start();
} catch (error) {
  // Never throw into the host page.
  fail(error);
}
