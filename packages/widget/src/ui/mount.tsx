import type { Program } from '@rujuk/protocol';
import { atom } from 'nanostores';
import { render } from 'preact';
import { emit } from '../events/emit.js';
import { type Locale, resolveLocale } from '../i18n/resolve-locale.js';
import { createTranslator } from '../i18n/translator.js';
import type { Messages } from '../i18n/types.js';
import type { ResolvedOptions } from '../options/types.js';
import { detectPlatform } from '../share/platform.js';
import { visitorId } from '../storage/visitor-id.js';
import { adoptStyles } from '../styles/adopt-styles.js';
import { applyHost } from '../styles/apply-host.js';
import { widgetCss } from '../styles/widget-css.js';
import { pickVariant } from '../variants/pick-variant.js';
import { connect } from './client-registry.js';
import { Context, type WidgetContext } from './context.js';
import type { WidgetClient, WidgetStores } from './sdk-types.js';
import { getSession } from './session.js';
import { Embed } from './surfaces/embed.js';
import { Popup } from './surfaces/popup.js';
import { useStore } from './use-store.js';

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
  /** Loads a locale's messages. */
  loadLocale: (locale: Locale) => Promise<Messages>;
  messages?: Messages;
  locale?: Locale;
  /** Use these instead of a client and stores from `@rujuk/sdk` (component tests). */
  connection?: { client: WidgetClient; stores: WidgetStores };
}

/** Mounts a widget into `host`'s shadow root with already-parsed options. */
export function mountResolved(host: HTMLElement, initial: ResolvedOptions, extras: MountExtras): WidgetHandle {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  adoptStyles(root, widgetCss);
  const $open = atom(false);
  let options = initial;
  let locale: Locale = extras.locale ?? resolveLocale(options.locale);
  let messages = extras.messages;
  let connection = extras.connection ?? connect(options);
  let alive = true;
  const surface = () => (options.view ? 'embed' : 'popup');
  const variantOf = (program: Program | null) =>
    program ? pickVariant(program.variants, visitorId(), program.id, options.variant) : null;

  function paint() {
    if (!alive) return;
    const program = connection.stores.$program.get();
    applyHost(host, options, surface(), variantOf(program)?.accent ?? null);
    if (!messages) return;
    const context: WidgetContext = {
      options,
      locale,
      t: createTranslator(locale, messages),
      ...connection,
      session: getSession(connection.client),
      platform: detectPlatform(),
      variantOf,
    };
    render(
      <Context.Provider value={context}>
        <Root view={options.view} dir={messages.dir} $open={$open} onClose={close} />
      </Context.Provider>,
      root,
    );
  }

  function ensureLocale() {
    const wanted = resolveLocale(options.locale);
    if (messages && wanted === locale) return paint();
    extras.loadLocale(wanted).then((loaded) => {
      locale = wanted;
      messages = loaded;
      paint();
    }, paint);
  }

  function close() {
    if (!$open.get()) return;
    $open.set(false);
    emit('close', { variant: variantId() });
  }

  function variantId(): string | null {
    return options.variant ?? variantOf(connection.stores.$program.get())?.id ?? null;
  }

  const unsubscribe = connection.stores.$program.listen(paint);
  connection.stores.load().catch(() => undefined);
  // Style the host at once (no flash of unstyled content), render as soon as the messages are there.
  paint();
  if (!messages) ensureLocale();

  return {
    update(next) {
      const reconnect = next.apiUrl !== options.apiUrl || next.publishableKey !== options.publishableKey;
      options = next;
      if (reconnect && !extras.connection) {
        connection = connect(options);
        connection.stores.load().catch(() => undefined);
      }
      ensureLocale();
    },
    open() {
      if (!alive || options.view || $open.get()) return;
      $open.set(true);
      // Counts move while the page is open (a friend buys); show fresh ones on every open.
      if (connection.stores.$participant.get()) connection.stores.refresh();
      const program = connection.stores.$program;
      // The variant is known once the program is; report the open with it.
      if (program.get() || options.variant) emit('open', { variant: variantId() });
      else {
        const stop = program.listen(() => {
          stop();
          emit('open', { variant: variantId() });
        });
      }
    },
    close,
    unmount() {
      alive = false;
      unsubscribe();
      render(null, root);
    },
  };
}

function Root({
  view,
  dir,
  $open,
  onClose,
}: {
  view: ResolvedOptions['view'];
  dir: 'ltr' | 'rtl';
  $open: ReturnType<typeof atom<boolean>>;
  onClose: () => void;
}) {
  const open = useStore($open);
  if (view) return <Embed view={view} dir={dir} />;
  return open ? <Popup onClose={onClose} dir={dir} /> : null;
}
