import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * Whether React has taken over the prerendered page. Until it has, a click on a button reaches no
 * handler: a form would submit natively and reload the page, and the conversion would be lost.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
