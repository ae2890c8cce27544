import type { Program } from '@rujuk/protocol';
import { render } from 'preact';
import { emit } from '../events/emit.js';
import { emitError } from '../events/emit-error.js';
import type { LoadedLocale, LocaleLoader } from '../i18n/load-locale.js';
import { createTranslator } from '../i18n/translator.js';
import type { ResolvedOptions } from '../options/types.js';
import { detectPlatform } from '../share/platform.js';
import { visitorId } from '../storage/visitor-id.js';
import { adoptStyles } from '../styles/adopt-styles.js';
import { applyHost } from '../styles/apply-host.js';
import { widgetCss } from '../styles/widget-css.js';
import { pickVariant } from '../variants/pick-variant.js';
import { connect } from './client-registry.js';
import { retryViews } from './components/lazy-view.js';
import { type WidgetContext, WidgetProvider } from './context.js';
import type { WidgetClient, WidgetStores } from './sdk-types.js';
import { getSession } from './session.js';
import { Embed } from './surfaces/embed.js';
import { Popup } from './surfaces/popup.js';

/** What `mountWidget` returns: live controls of one mounted widget. */
export interface WidgetHandle {
  /** Re-renders with new options (they replace the previous ones). */
  update(options: ResolvedOptions): void;
  /** Opens the popup (no-op for an inline embed). */
  open(): void;
  /** Closes the popup. */
  close(): void;
  /** Removes the widget and everything it rendered. */
  unmount(): void;
}

/** Injected pieces: the CDN loader downloads the locale in parallel with the UI and knows where locale chunks live. */
export interface MountExtras {
  /** Resolves and loads a locale. */
  loadLocale: LocaleLoader;
  /** The locale of `options.locale`, already loaded. */
  preloaded?: LoadedLocale;
  /** Use these instead of a client and stores from `@rujuk/sdk` (component tests). */
  connection?: { client: WidgetClient; stores: WidgetStores };
}

/** Mounts a widget into `host`'s shadow root with already-parsed options. */
export function mountResolved(host: HTMLElement, initial: ResolvedOptions, extras: MountExtras): WidgetHandle {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  adoptStyles(root, widgetCss);
  let open = false;
  let options = initial;
  let loaded = extras.preloaded;
  // The secondary strings join the locale's messages once loaded, for every widget showing that locale.
  let secondary: Promise<void> | undefined;
  // The `locale` option `loaded` answers; `undefined` until one is loaded.
  let requested = loaded ? options.locale : undefined;
  let connection = extras.connection ?? connect(options);
  let alive = true;
  const surface = () => (options.view ? 'embed' : 'popup');
  const variantOf = (program: Program | null) =>
    program ? pickVariant(program.variants, visitorId(), program.id, options.variant) : null;
  const variantId = () => options.variant ?? variantOf(connection.stores.$program.get())?.id ?? null;

  function paint() {
    if (!alive) return;
    const program = connection.stores.$program.get();
    applyHost(host, options, surface(), variantOf(program)?.accent ?? null);
    if (!loaded) return;
    const { locale, messages } = loaded;
    const context: WidgetContext = {
      options,
      locale,
      t: createTranslator(locale, messages),
      secondary: {
        loaded: () => 'clicks' in messages,
        load: () =>
          (secondary ??= extras.loadLocale(locale, 'secondary').then(
            (answer) => {
              Object.assign(messages, answer.messages);
            },
            (error) => {
              // A later attempt may succeed (a flaky network); this one still reports its failure.
              secondary = undefined;
              throw error;
            },
          )),
      },
      ...connection,
      session: getSession(connection.client),
      platform: detectPlatform(),
      variantOf,
      variantId,
    };
    // An embed of these views fetches their strings alongside the program, not after it.
    if (options.view === 'progress' || options.view === 'leaderboard') context.secondary.load().catch(() => undefined);
    render(
      <WidgetProvider widget={context}>
        {options.view ? (
          <Embed view={options.view} dir={messages.dir} />
        ) : (
          open && <Popup onClose={close} dir={messages.dir} />
        )}
      </WidgetProvider>,
      root,
    );
  }

  // Components read the stores as they render: a change repaints the widget from its root, once per burst.
  let queued = false;
  const repaint = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      paint();
    });
  };
  let unsubscribe = () => {};
  function subscribe() {
    unsubscribe();
    const { stores, client } = connection;
    const stops = [stores.$program, stores.$status, stores.$participant, getSession(client).$joined].map((store) =>
      store.listen(repaint),
    );
    unsubscribe = () => {
      for (const stop of stops) stop();
    };
  }

  function ensureLocale() {
    if (loaded && options.locale === requested) return paint();
    const wanted = options.locale;
    requested = wanted;
    extras.loadLocale(wanted).then(
      (answer) => {
        // A later update may have asked for yet another locale meanwhile.
        if (wanted === requested) {
          loaded = answer;
          secondary = undefined;
        }
        paint();
      },
      (error) => {
        // Keep showing the locale loaded before, if any; the next open or update asks again.
        if (wanted === requested) requested = undefined;
        emitError(error, 'chunk_unavailable');
        paint();
      },
    );
  }

  function close() {
    if (!open) return;
    open = false;
    paint();
    emit('close', { variant: variantId() });
  }

  subscribe();
  connection.stores.load().catch(() => undefined);
  // Style the host at once (no flash of unstyled content), render as soon as the messages are there.
  paint();
  if (!loaded) ensureLocale();

  return {
    update(next) {
      const reconnect = next.apiUrl !== options.apiUrl || next.publishableKey !== options.publishableKey;
      options = next;
      if (reconnect && !extras.connection) {
        connection = connect(options);
        subscribe();
        connection.stores.load().catch(() => undefined);
      }
      ensureLocale();
    },
    open() {
      if (!alive || options.view) return;
      const again = open;
      open = true;
      // What failed to download is tried again, also when the popup is already open to show the failure.
      retryViews();
      ensureLocale();
      // Counts move while the page is open (a friend buys); show fresh ones on every open.
      if (!again && connection.stores.$participant.get()) connection.stores.refresh();
    },
    close,
    unmount() {
      alive = false;
      unsubscribe();
      render(null, root);
    },
  };
}
