import type { Locale } from './resolve-locale.js';
import type { Messages } from './types.js';

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

/** Loads the messages of a shipped locale. */
export async function loadLocale(locale: Locale): Promise<Messages> {
  return (await loaders[locale]()).default;
}
