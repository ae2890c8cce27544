/** Names of the events the widget dispatches on `window` as `rujuk:<name>`. */
export type WidgetEventName = 'open' | 'close' | 'share' | 'join' | 'error';

/** Dispatches `rujuk:<name>` on window and pushes it to `window.dataLayer` when that is an array. */
export function emit(name: WidgetEventName, detail: Record<string, unknown>): void {
  try {
    dispatchEvent(new CustomEvent('rujuk:' + name, { detail }));
    const layer = (window as { dataLayer?: unknown }).dataLayer;
    if (Array.isArray(layer)) layer.push({ event: 'rujuk:' + name, ...detail });
  } catch {
    // A listener's exception must not break the widget; the browser already reports it.
  }
}
