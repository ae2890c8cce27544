import type { ResolvedOptions } from '../options/types.js';
import { contrast, luminance, onAccent, parseColor } from './color.js';

// Luminance of the dark theme's background (#111827).
const DARK_BG = 0.0116;
const PROPS = ['--rujuk-accent', '--rujuk-radius', '--rujuk-font', '--rujuk-on-accent', '--_link-l', '--_link-d'];

/**
 * Maps options to the host: theme and surface attributes, and `--rujuk-*` custom properties set through
 * CSSOM (allowed by a strict CSP). Text and link colours are derived from the accent so they keep a 4.5:1 contrast.
 */
export function applyHost(
  host: HTMLElement,
  options: ResolvedOptions,
  surface: 'popup' | 'embed',
  variantAccent: string | null,
): void {
  host.setAttribute('data-theme', options.theme);
  host.setAttribute('data-surface', surface);
  const style = host.style;
  for (const prop of PROPS) style.removeProperty(prop);
  const accent = options.accent ?? variantAccent;
  if (accent) style.setProperty('--rujuk-accent', accent);
  if (options.radius) style.setProperty('--rujuk-radius', options.radius);
  if (options.font) style.setProperty('--rujuk-font', options.font);
  // A page stylesheet may set the accent too; read the computed value so its contrast is checked as well.
  const computed = (accent ?? getComputedStyle(host).getPropertyValue('--rujuk-accent')).trim();
  const rgb = computed ? parseColor(computed) : null;
  if (!rgb) return;
  const light = luminance(rgb);
  style.setProperty('--rujuk-on-accent', onAccent(rgb));
  if (contrast(light, 1) < 4.5) style.setProperty('--_link-l', '#111827');
  style.setProperty('--_link-d', contrast(light, DARK_BG) >= 4.5 ? computed : '#f9fafb');
}
