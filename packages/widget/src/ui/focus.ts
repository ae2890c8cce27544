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

/** Keeps Tab and Shift+Tab inside `container`; returns whether the key was handled. */
export function trapTab(event: KeyboardEvent, container: Element): boolean {
  if (event.key !== 'Tab') return false;
  const items = focusables(container);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return false;
  const root = container.getRootNode() as ShadowRoot | Document;
  const active = root.activeElement;
  const inside = active && container.contains(active);
  if (event.shiftKey && (active === first || !inside)) last.focus();
  else if (!event.shiftKey && (active === last || !inside)) first.focus();
  else return false;
  event.preventDefault();
  return true;
}
