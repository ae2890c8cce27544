import type { OptionsSource } from './merge-sources.js';

/**
 * The raw value of one option in `sources`, the last that sets it winning: an element's
 * `data-rujuk-<name>` attribute or an object's `name` property. Enough for the loader to decide what
 * to download and show; the UI parses and validates every option with `parseWidgetOptions`.
 */
export function readOption(sources: OptionsSource[], name: string): unknown {
  let value: unknown;
  for (const source of sources) {
    const own =
      source instanceof Element
        ? source.getAttribute('data-rujuk-' + name)
        : (source as Record<string, unknown>)?.[name];
    if (own != null) value = own;
  }
  return value;
}
