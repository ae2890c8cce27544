export type { Locale } from './i18n/resolve-locale.js';
export { LOCALES } from './i18n/resolve-locale.js';
export type { MountedWidget } from './mount-widget.js';
export { mountWidget } from './mount-widget.js';
export type { OptionsSource } from './options/parse-options.js';
export { parseTrigger, parseWidgetOptions } from './options/parse-options.js';
export type {
  EmbedView,
  Frequency,
  Position,
  ResolvedOptions,
  SignedIdentity,
  Theme,
  Trigger,
  WidgetOptions,
} from './options/types.js';
