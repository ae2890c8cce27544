/** The loader's own `<script>` element, whose `data-*` attributes configure the page's widgets. */
export function findScript(): HTMLScriptElement | null {
  const current = document.currentScript as HTMLScriptElement | null;
  if (current?.src) return current;
  // `currentScript` is null when the loader runs from a callback (some tag managers); fall back on its file name.
  return document.querySelector<HTMLScriptElement>('script[src*="widget.global"]');
}
