import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/** Subscribes a component to a store (a few bytes instead of `@nanostores/preact`, which the UI budget feels). */
export function useStore<T>(store: ReadableAtom<T>): T {
  const [, rerender] = useState(0);
  const value = store.get();
  useEffect(() => {
    // The store may have changed between this render and the subscription.
    if (store.get() !== value) rerender((n) => n + 1);
    return store.listen(() => rerender((n) => n + 1));
  }, [store]);
  return value;
}
