import type { Frequency, Trigger } from '../options/types.js';
import { mayAutoOpen } from './frequency.js';

/**
 * Arms an automatic trigger (delay, scroll depth, exit intent, after a conversion) that calls `open`
 * at most once, while the frequency cap allows. `open` records the open (`markAutoOpened`) once the
 * popup shows, so a popup that never appeared does not count. Returns a function that disarms it.
 */
export function watchTrigger(trigger: Trigger, frequency: Frequency, open: () => void): () => void {
  if (trigger.type === 'click' || !mayAutoOpen(frequency)) return () => undefined;
  const cleanups: Array<() => void> = [];
  const stop = () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  };
  const fire = () => {
    stop();
    if (mayAutoOpen(frequency)) open();
  };
  const on = (target: EventTarget, type: string, listener: (event: Event) => void) => {
    target.addEventListener(type, listener, { passive: true });
    cleanups.push(() => target.removeEventListener(type, listener));
  };
  if (trigger.type === 'delay') {
    const timer = setTimeout(fire, trigger.seconds * 1000);
    cleanups.push(() => clearTimeout(timer));
  } else if (trigger.type === 'scroll') {
    const check = () => {
      const root = document.documentElement;
      const scrollable = root.scrollHeight - window.innerHeight;
      if (scrollable <= 0 || (window.scrollY / scrollable) * 100 >= trigger.percent) fire();
    };
    on(window, 'scroll', check);
  } else if (trigger.type === 'exit-intent') {
    // The pointer leaving through the top edge of the viewport, towards the tabs and the close button.
    on(document, 'mouseout', (event) => {
      const { relatedTarget, clientY } = event as MouseEvent;
      if (!relatedTarget && clientY <= 0) fire();
    });
  } else if (trigger.type === 'after-convert') {
    on(window, 'rujuk:convert', fire);
  }
  return stop;
}
