import type { Program, Variant } from '@rujuk/protocol';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
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
  client: WidgetClient;
  stores: WidgetStores;
  session: Session;
  platform: Platform;
  /** Resolves the A/B variant once the program is known. */
  variantOf(program: Program | null): Variant | null;
}

/** The context of the mounted widget. */
export const Context = createContext<WidgetContext>(null as unknown as WidgetContext);

/** Reads the widget context. */
export function useWidget(): WidgetContext {
  return useContext(Context);
}
