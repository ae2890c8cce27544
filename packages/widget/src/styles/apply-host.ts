import type { ResolvedOptions } from '../options/types.js';

const PROPS = ['--rujuk-accent', '--rujuk-radius', '--rujuk-font'] as const;

/**
 * Maps options to the host: theme and surface attributes, and `--rujuk-*` custom properties set through
 * CSSOM (allowed by a strict CSP). The stylesheet derives text and link colours from the accent.
 */
export function applyHost(
  host: HTMLElement,
  options: ResolvedOptions,
  surface: 'popup' | 'embed',
  variantAccent: string | null,
): void {
  host.setAttribute('data-theme', options.theme);
  host.setAttribute('data-surface', surface);
  const values = [options.accent ?? variantAccent, options.radius, options.font];
  PROPS.forEach((prop, i) => {
    if (values[i]) host.style.setProperty(prop, values[i]);
    else host.style.removeProperty(prop);
  });
}
