const FOCUSABLE = 'a[href],button:not([disabled]),input:not([disabled]),summary,[tabindex]:not([tabindex="-1"])';

/** The focusable elements inside a container, in tab order (the widget renders nothing hidden that is focusable). */
export function focusables(container: Element): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE));
}

/** The focused element, looking inside open shadow roots so focus can go back to a launcher's button. */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  return active;
}

/** Keeps Tab and Shift+Tab inside `container`, cycling from its last focusable element to its first and back. */
export function trapTab(event: KeyboardEvent, container: Element): void {
  const items = focusables(container);
  const [from, to] = event.shiftKey ? [items[0], items.at(-1)] : [items.at(-1), items[0]];
  const active = (container.getRootNode() as ShadowRoot).activeElement as HTMLElement;
  // The dialog itself holds focus after a click on its text, or in a view without a field: from there
  // the browser would tab out of it, so it counts as outside.
  if (event.key === 'Tab' && to && (active === from || !items.includes(active))) {
    to.focus();
    event.preventDefault();
  }
}
