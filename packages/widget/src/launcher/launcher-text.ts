import { LOCALES, type Locale } from '../i18n/resolve-locale.js';

// The launcher's default text in each shipped locale, in the order of LOCALES: the loader labels the
// launcher before any locale module loads.
const TEXTS =
  'Refer a friend|Ajak teman|Ajak rakan|Пригласить друга|Invita a un amigo|Indique um amigo|Parrainer un ami|Freunde einladen|邀请好友|友達を紹介|ادعُ صديقًا'.split(
    '|',
  );

/** The launcher's default text in a shipped locale. */
export function launcherText(locale: Locale): string {
  return TEXTS[LOCALES.indexOf(locale)]!;
}
