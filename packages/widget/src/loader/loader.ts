import { type CommandHandler, hasCommand, installCommandBus } from '../bus/command-bus.js';
import type { LocaleLoader } from '../i18n/load-locale.js';
import { resolveLocale } from '../i18n/resolve-locale.js';
import type { Messages } from '../i18n/types.js';
import type { Launcher } from '../launcher/create-launcher.js';
import { parseWidgetOptions } from '../options/parse-options.js';
import { WATCHED_ATTRIBUTES } from '../options/read-attributes.js';
import type { ResolvedOptions, WidgetOptions } from '../options/types.js';
import { readItem } from '../storage/safe-storage.js';
import type { WidgetHandle } from '../ui/mount.js';
import { findScript } from './find-script.js';

type UiModule = typeof import('../cdn/ui-entry.js');
type AutoModule = typeof import('../cdn/auto-entry.js');

const fail = (error: unknown) => console.error('[rujuk]', error);

// The CDN entry: reads the script tag, installs `open`/`close` on the shared command bus, arms the
// launcher and trigger, watches openers and embeds, and imports the UI chunk only when it is needed.
function start(): void {
  if (hasCommand('open')) {
    console.warn('[rujuk] loaded twice');
    return;
  }
  const script = findScript();
  const src = script?.src || document.baseURI;
  let ui: Promise<UiModule> | undefined;
  let auto: Promise<AutoModule> | undefined;
  const chunk = <T>(path: string) => import(/* @vite-ignore */ new URL(path, src).href) as Promise<T>;
  const loadUi = () => (ui ??= chunk<UiModule>('./ui/widget-ui.js'));
  const loadAuto = () => (auto ??= chunk<AutoModule>('./ui/auto.js'));
  const loadLocale: LocaleLoader = (requested) => {
    const locale = resolveLocale(requested);
    return chunk<{ default: Messages }>(`./ui/locales/${locale}.js`).then((module) => ({
      locale,
      messages: module.default,
    }));
  };
  const embeds = new Map<Element, Promise<WidgetHandle | undefined>>();
  let popup: Promise<WidgetHandle | undefined> | undefined;
  let opener: Element | null = null;
  let launcher: Launcher | null = null;
  let disarm = () => {};
  let base = parseWidgetOptions(script);

  async function mount(host: HTMLElement, options: ResolvedOptions): Promise<WidgetHandle | undefined> {
    try {
      const [module, preloaded] = await Promise.all([loadUi(), loadLocale(options.locale), chunk(firstView(options))]);
      return module.mountResolved(host, options, { preloaded, loadLocale });
    } catch (error) {
      fail(error);
    }
  }

  // The chunk of the first view, fetched alongside the UI: a stored token or a signed identity means a
  // known participant (share view), else the join form; leaderboard and progress live in one chunk.
  const firstView = (options: ResolvedOptions) =>
    options.view === 'leaderboard' || (options.view === 'progress' && known(options))
      ? './ui/views/more.js'
      : `./ui/views/${known(options) ? 'share' : 'join'}.js`;
  const known = (options: ResolvedOptions) => Boolean(options.identity || options.token || readItem('rujuk_token'));

  const popupOptions = (extra?: WidgetOptions) => parseWidgetOptions(script, opener, extra, { view: null });

  async function open(extra?: WidgetOptions): Promise<void> {
    const options = popupOptions(extra);
    if (!popup) {
      const host = document.createElement('div');
      host.setAttribute('data-rujuk-popup', '');
      document.body.append(host);
      popup = mount(host, options);
    } else (await popup)?.update(options);
    (await popup)?.open();
  }

  // Async commands take an optional trailing callback and return a Promise.
  const command =
    (run: (extra?: WidgetOptions) => Promise<void>): CommandHandler =>
    (...args) => {
      const done = typeof args[args.length - 1] === 'function' ? (args.pop() as () => void) : null;
      const options = args[0] && typeof args[0] === 'object' ? (args[0] as WidgetOptions) : undefined;
      const result = run(options);
      if (done) result.then(done, done);
      return result;
    };

  async function configure(): Promise<void> {
    const options = parseWidgetOptions(script);
    base = options;
    const wanted = options.launcher !== false || options.trigger.type !== 'click';
    popup?.then((handle) => handle?.update(popupOptions()));
    if (!wanted && !auto) return;
    const { createLauncher, launcherText, watchTrigger } = await loadAuto();
    // A later attribute change may have superseded this one while the chunk loaded.
    if (options !== base) return;
    if (options.launcher !== false) {
      launcher ??= createLauncher(() => {
        opener = null;
        open();
      });
      launcher.update(
        options.launcher || launcherText(resolveLocale(options.locale)),
        options.position,
        options.accent,
      );
    } else {
      launcher?.remove();
      launcher = null;
    }
    disarm();
    disarm = watchTrigger(options.trigger, options.frequency, () => {
      opener = null;
      open();
    });
  }

  function restyle(element: Element): void {
    const options = parseWidgetOptions(script, element);
    embeds.get(element)?.then((handle) => handle?.update(options));
  }

  function scan(): void {
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('[data-rujuk-embed]'))) {
      if (!embeds.has(element)) embeds.set(element, mount(element, parseWidgetOptions(script, element)));
    }
    for (const [element, handle] of embeds) {
      if (!element.isConnected) {
        embeds.delete(element);
        handle.then((mounted) => mounted?.unmount());
      }
    }
  }

  installCommandBus({
    open: command(open),
    close: command(async () => (await popup)?.close()),
  });

  document.addEventListener('click', (event) => {
    const target = (event.target as Element | null)?.closest?.('[data-rujuk-open]');
    if (!target) return;
    event.preventDefault();
    opener = target;
    open();
  });

  const ready = () => {
    configure().catch(fail);
    scan();
    let queued = false;
    new MutationObserver((mutations) => {
      const changed = new Set(mutations.map((mutation) => mutation.type === 'attributes' && mutation.target));
      if (script && changed.has(script)) {
        configure().catch(fail);
        for (const element of embeds.keys()) restyle(element);
      } else for (const element of embeds.keys()) if (changed.has(element)) restyle(element);
      // Batch a burst of DOM changes (a framework rendering a page) into one scan.
      if (!queued) {
        queued = true;
        queueMicrotask(() => {
          queued = false;
          scan();
        });
      }
    }).observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: [...WATCHED_ATTRIBUTES, 'data-key', 'data-api'],
    });
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
