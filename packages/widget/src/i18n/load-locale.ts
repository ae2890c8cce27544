import { type Locale, resolveLocale } from './resolve-locale.js';
import type { Messages } from './types.js';

/** A shipped locale and its messages. */
export interface LoadedLocale {
  locale: Locale;
  messages: Messages;
}

/** Resolves a requested locale (or the browser's) to a shipped one and loads its messages. */
export type LocaleLoader = (requested: string | null) => Promise<LoadedLocale>;

// One dynamic import per locale so each becomes its own chunk and only the active one is downloaded.
const loaders: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: () => import('./locales/en.js'),
  id: () => import('./locales/id.js'),
  ms: () => import('./locales/ms.js'),
  ru: () => import('./locales/ru.js'),
  es: () => import('./locales/es.js'),
  pt: () => import('./locales/pt.js'),
  fr: () => import('./locales/fr.js'),
  de: () => import('./locales/de.js'),
  zh: () => import('./locales/zh.js'),
  ja: () => import('./locales/ja.js'),
  ar: () => import('./locales/ar.js'),
};

/** Loads the messages of the shipped locale that best matches `requested`. */
export const loadLocale: LocaleLoader = async (requested) => {
  const locale = resolveLocale(requested);
  return { locale, messages: (await loaders[locale]()).default };
};
