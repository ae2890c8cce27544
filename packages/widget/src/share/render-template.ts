/** Values a share template may use, each always there: `name` is the locale's "a friend" for a participant who gave none. */
export interface TemplateValues {
  shareUrl: string;
  code: string;
  name: string;
}

/**
 * Fills `{{shareUrl}}`, `{{code}}` and `{{name}}` in a share template. A name that opens a sentence
 * starts with a capital, so the fallback reads "A friend sent you…" as well as "…from a friend". Any
 * other `{{…}}` goes, with the spaces before it, rather than showing to the friend; no run of spaces stays.
 */
export function renderTemplate(template: string, values: TemplateValues): string {
  return template
    .replace(
      /( *)\{\{\s*(?:(shareUrl|code|name)|[^}]*?)\s*\}\}/g,
      (_, spaces: string, key?: keyof TemplateValues, at = 0) => {
        if (!key) return '';
        const value = values[key];
        return (
          spaces +
          (key === 'name' && /(^|[.!?])\s*$/.test(template.slice(0, at))
            ? value.charAt(0).toUpperCase() + value.slice(1)
            : value)
        );
      },
    )
    .replace(/ {2,}/g, ' ')
    .trim();
}
