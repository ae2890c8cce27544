import type { ShareChannel } from '@rujuk/protocol';

/** Which view an inline embed renders. */
export type EmbedView = 'share' | 'progress' | 'leaderboard' | 'join';

/** Colour scheme of the widget; `auto` follows `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

/** Where the popup appears: a centred modal, or a slide-in panel in a corner. */
export type Position = 'modal' | 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

/** What opens the popup on its own, besides `[data-rujuk-open]` elements and `rujuk('open')`. */
export type Trigger =
  | { type: 'click' }
  | { type: 'delay'; seconds: number }
  | { type: 'scroll'; percent: number }
  | { type: 'exit-intent' }
  | { type: 'after-convert' };

/** How often an automatic trigger may open the popup for one visitor. */
export type Frequency = 'once' | 'session' | 'always';

/** A participant identity signed by the site's server (HMAC-SHA256 of the email with the secret key). */
export interface SignedIdentity {
  email: string;
  signature: string;
}

/**
 * Everything a widget can be configured with. Every field can also be set as a `data-rujuk-*`
 * attribute on the script tag or the widget element (the element wins).
 */
export interface WidgetOptions {
  /**
   * Backend base URL, without `/v1`. A path such as `/_rujuk` is on the page's own origin, as
   * `@rujuk/first-party` serves the protocol.
   * @example 'https://api.shop.example'
   */
  apiUrl?: string;
  /**
   * Publishable key of the program (`pk_…`).
   * @example 'pk_live_123'
   */
  publishableKey?: string;
  /** Token of the signed-in participant; default: the one stored by a previous join. */
  token?: string | null;
  /** Server-signed identity of the signed-in user; opens straight on the share view. */
  identity?: SignedIdentity | null;
  /**
   * Renders this view inline instead of a popup.
   * @example 'share'
   */
  view?: EmbedView | null;
  /**
   * Accent colour of buttons, links and focus rings (any CSS colour).
   * @default '#4f46e5'
   * @example '#e11d48'
   */
  accent?: string | null;
  /**
   * Colour scheme.
   * @default 'light'
   */
  theme?: Theme;
  /**
   * Corner radius; a number is pixels.
   * @default '12px'
   * @example 4
   */
  radius?: string | number | null;
  /**
   * Font family.
   * @default system-ui stack
   * @example '"Inter", sans-serif'
   */
  font?: string | null;
  /**
   * Where the popup appears.
   * @default 'modal'
   */
  position?: Position;
  /**
   * What opens the popup on its own: `click` (only openers), `delay:N` seconds, `scroll:N%`,
   * `exit-intent`, `after-convert`.
   * @default 'click'
   * @example 'scroll:50%'
   */
  trigger?: string | Trigger;
  /**
   * Show a floating launcher button: `true`, `false`, or the button's text.
   * @default false
   * @example 'Get $10'
   */
  launcher?: boolean | string;
  /** Popup heading; default: built from the program's rewards. */
  title?: string | null;
  /** Text under the heading; default: built from the program's rewards. */
  description?: string | null;
  /** Text of the join button. */
  buttonText?: string | null;
  /**
   * Share channels in the order shown; default: the program's list.
   * @example ['copy', 'whatsapp', 'email']
   */
  channels?: readonly string[] | string | null;
  /**
   * Locale tag; default: the browser's languages, then the program's default.
   * @example 'id'
   */
  locale?: string | null;
  /** Force an A/B variant id; default: deterministic bucketing by visitor over the program's variants. */
  variant?: string | null;
  /**
   * How often an automatic trigger may open the popup for a visitor.
   * @default 'once'
   */
  frequency?: Frequency;
  /**
   * `required`: the widget stores nothing (visitor id, participant token, trigger cap) until
   * `rujuk('consent', true)`, and `rujuk('consent', false)` deletes it; for the whole page, like the
   * snippet's `data-consent`. A script tag sets it with `data-consent="required"` on the widget's or
   * the snippet's tag. Read by `mountWidget` only.
   * @default 'granted'
   */
  consent?: 'granted' | 'required';
}

/** Options after parsing and validation: every field present, defaults applied. */
export interface ResolvedOptions {
  apiUrl: string;
  publishableKey: string;
  token: string | null;
  identity: SignedIdentity | null;
  view: EmbedView | null;
  accent: string | null;
  theme: Theme;
  radius: string | null;
  font: string | null;
  position: Position;
  trigger: Trigger;
  /** `false`, or the launcher text (`''` for the localised default). */
  launcher: false | string;
  title: string | null;
  description: string | null;
  buttonText: string | null;
  channels: ShareChannel[] | null;
  locale: string | null;
  variant: string | null;
  frequency: Frequency;
}
