/** Values a share template may use. */
export interface TemplateValues {
  shareUrl: string;
  code: string;
  name: string | null;
}

/** Fills `{{shareUrl}}`, `{{code}}` and `{{name}}` in a share message template. */
export function renderTemplate(template: string, values: TemplateValues): string {
  return template
    .replace(/\{\{\s*(shareUrl|code|name)\s*\}\}/g, (_, key: keyof TemplateValues) => values[key] ?? '')
    .trim();
}
