import { guard } from '@rujuk/contract';

/** Dispatches `rujuk:<name>` on `window` and pushes it to `window.dataLayer` when that is an array. */
export const emit = (name: string, detail: object): void => {
  guard(() => {
    dispatchEvent(new CustomEvent('rujuk:' + name, { detail }));
    const layer = (window as { dataLayer?: unknown }).dataLayer;
    if (Array.isArray(layer)) layer.push({ event: 'rujuk:' + name, ...detail });
  });
};
