import type { Frequency, Trigger } from '../options/types.js';
import { mayAutoOpen } from './frequency.js';

/**
 * Arms an automatic trigger (delay, scroll depth, exit intent, after a conversion; `click` arms nothing)
 * that calls `open` at most once, while the frequency cap allows: checked when armed and when it fires. `open` records the open
 * (`markAutoOpened`) once the popup shows, so a popup that never appeared does not count. Returns a
 * function that disarms it.
 */
export function watchTrigger(trigger: Trigger, frequency: Frequency, open: () => void): () => void {
  // A visitor already capped gets no listeners at all; the cap is read again when the trigger fires,
  // which also sees one another tab recorded meanwhile. One signal takes every listener off at once.
  if (!mayAutoOpen(frequency)) return () => {};
  const listening = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(timer);
    listening.abort();
  };
  const fire = () => {
    stop();
    if (mayAutoOpen(frequency)) open();
  };
  const on = (target: EventTarget, type: string, listener: (event: Event) => void) =>
    target.addEventListener(type, listener, { passive: true, signal: listening.signal });
  if (trigger.type === 'delay') {
    timer = setTimeout(fire, trigger.seconds * 1000);
  } else if (trigger.type === 'scroll') {
    const check = () => {
      // Multiplied out: a page with nothing to scroll opens on its first scroll event, as any depth is reached.
      if (scrollY * 100 >= (document.documentElement.scrollHeight - innerHeight) * trigger.percent) fire();
    };
    on(window, 'scroll', check);
  } else if (trigger.type === 'exit-intent') {
    // The pointer leaving through the top edge of the viewport, towards the tabs and the close button.
    on(document, 'mouseout', (event) => {
      if (!(event as MouseEvent).relatedTarget && (event as MouseEvent).clientY <= 0) fire();
    });
  } else if (trigger.type === 'after-convert') {
    on(window, 'rujuk:convert', fire);
  }
  return stop;
}
