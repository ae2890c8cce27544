/** Locales shipped with the widget; each is a separate lazy module. */
export const LOCALES = ['en', 'id', 'ms', 'ru', 'es', 'pt', 'fr', 'de', 'zh', 'ja', 'ar'] as const;

/** A shipped locale. */
export type Locale = (typeof LOCALES)[number];

/** Picks the first shipped locale matching the requested tag, then the browser's languages, then English. */
export function resolveLocale(
  requested: string | null | undefined,
  browser: readonly string[] = navigator.languages ?? [],
): Locale {
  for (const tag of [requested, ...browser]) {
    const base = tag?.toLowerCase().split(/[-_]/)[0] as Locale;
    if (LOCALES.includes(base)) return base;
  }
  return 'en';
}
