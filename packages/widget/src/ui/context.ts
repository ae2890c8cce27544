import type { Participant, Program, Variant } from '@rujuk/protocol';
import { Component, type ComponentChildren } from 'preact';
import type { Translate } from '../i18n/translator.js';
import type { ResolvedOptions } from '../options/types.js';
import type { Platform } from '../share/platform.js';
import type { WidgetClient, WidgetStores } from './sdk-types.js';
import type { Session } from './session.js';

/** Everything a view needs, provided once per mounted widget. */
export interface WidgetContext {
  options: ResolvedOptions;
  locale: string;
  t: Translate;
  /** The strings of the progress and leaderboard views, loaded with them. */
  secondary: {
    loaded(): boolean;
    /** Loads them into `t` once. */
    load(): Promise<void>;
  };
  client: WidgetClient;
  stores: WidgetStores;
  session: Session;
  platform: Platform;
  /** Resolves the A/B variant once the program is known. */
  variantOf(program: Program | null): Variant | null;
  /** The variant events report: the `variant` option, else the one drawn for the visitor, else `null`. */
  variantId(): string | null;
}

/**
 * The context every component of a widget receives: a class as `this.context`, a function as its
 * second argument. Preact's `getChildContext` passes it down without `createContext` and hooks, which
 * keeps the first open a kilobyte lighter; the widget re-renders from its root when a store changes.
 */
export interface WithWidget {
  widget: WidgetContext;
}

/** Provides `widget` to every component below it. */
export class WidgetProvider extends Component<{ widget: WidgetContext; children: ComponentChildren }> {
  override getChildContext(): WithWidget {
    return { widget: this.props.widget };
  }

  override render() {
    return this.props.children;
  }
}

/** A component of the widget, with the widget's context at hand. */
export abstract class WidgetComponent<P = object, S = object> extends Component<P, S> {
  declare context: WithWidget;

  /** The mounted widget's context. */
  get widget(): WidgetContext {
    return this.context.widget;
  }
}

/** The participant the widget shows: from the loaded view, else from a join that returned no token. */
export function participantOf({ stores, session }: WidgetContext): Participant | null {
  return stores.$participant.get()?.participant ?? session.$joined.get();
}
