const sheets = new Map<string, CSSStyleSheet>();

/**
 * Adopts a stylesheet into a shadow root or the page, and returns it (to take it off again), or
 * `undefined` where constructable stylesheets are missing. They keep the widget working under a CSP
 * without `'unsafe-inline'` styles, and one sheet per document is shared by every widget.
 */
export function adoptStyles(root: DocumentOrShadowRoot, css: string): CSSStyleSheet | undefined {
  try {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    // Browsers without constructable stylesheets (before 2023) render unstyled rather than break the page.
  }
}
