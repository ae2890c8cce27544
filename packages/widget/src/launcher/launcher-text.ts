// Kept apart from the locale modules so the loader can label the launcher before any locale loads.
const texts: Record<string, string> = {
  en: 'Refer a friend',
  id: 'Ajak teman',
  ms: 'Ajak rakan',
  ru: 'Пригласить друга',
  es: 'Invita a un amigo',
  pt: 'Indique um amigo',
  fr: 'Parrainer un ami',
  de: 'Freunde einladen',
  zh: '邀请好友',
  ja: '友達を紹介',
  ar: 'ادعُ صديقًا',
};

/** The launcher's default text in a shipped locale. */
export function launcherText(locale: string): string {
  return texts[locale] ?? texts.en!;
}
