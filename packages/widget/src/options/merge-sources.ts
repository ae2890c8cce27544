import { readAttributes } from './read-attributes.js';
import type { WidgetOptions } from './types.js';

/** A source of options: an options object, or an element whose `data-rujuk-*` attributes are read. */
export type OptionsSource = WidgetOptions | Element | null | undefined;

/** The raw options of several sources, later sources winning; nothing is validated yet. */
export function mergeSources(...sources: OptionsSource[]): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const source of sources) {
    if (!source) continue;
    const values = 'getAttribute' in source ? readAttributes(source) : source;
    for (const [key, value] of Object.entries(values)) if (value !== undefined) raw[key] = value;
  }
  return raw;
}
