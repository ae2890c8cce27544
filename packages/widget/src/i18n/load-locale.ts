import { type Locale, resolveLocale } from './resolve-locale.js';
import type { Messages, SecondaryMessages } from './types.js';

/** A shipped locale and its messages. */
export interface LoadedLocale<T = Messages> {
  locale: Locale;
  messages: T;
}

/** Resolves a requested locale (or the browser's) to a shipped one and loads its messages. */
export interface LocaleLoader {
  (requested: string | null): Promise<LoadedLocale>;
  /** The strings of the progress and leaderboard views, a module of their own loaded with those views. */
  (requested: string | null, part: 'secondary'): Promise<LoadedLocale<SecondaryMessages>>;
}

type Modules<T> = Record<Locale, () => Promise<{ default: T }>>;

// One dynamic import per locale and part so each becomes its own chunk and only the active one is downloaded.
const loaders: Modules<Messages> = {
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
const secondary: Modules<SecondaryMessages> = {
  en: () => import('./secondary/en.js'),
  id: () => import('./secondary/id.js'),
  ms: () => import('./secondary/ms.js'),
  ru: () => import('./secondary/ru.js'),
  es: () => import('./secondary/es.js'),
  pt: () => import('./secondary/pt.js'),
  fr: () => import('./secondary/fr.js'),
  de: () => import('./secondary/de.js'),
  zh: () => import('./secondary/zh.js'),
  ja: () => import('./secondary/ja.js'),
  ar: () => import('./secondary/ar.js'),
};

/** Loads the messages of the shipped locale that best matches `requested` (or its secondary strings). */
export const loadLocale = (async (requested: string | null, part?: 'secondary') => {
  const locale = resolveLocale(requested);
  return { locale, messages: (await (part ? secondary : loaders)[locale]()).default };
}) as LocaleLoader;
