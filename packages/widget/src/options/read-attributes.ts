import type { WidgetOptions } from './types.js';

const PREFIX = 'data-rujuk-';

// Attribute names whose option key is not the camel-cased attribute name.
const renamed: Record<string, string> = { embed: 'view', key: 'publishableKey', api: 'apiUrl' };

/** The `data-rujuk-*` attribute that sets `option`: the option's name in kebab case, `embed` for `view`. */
export const attributeOf = (option: string): string =>
  PREFIX + (option === 'view' ? 'embed' : option.replace(/[A-Z]/g, '-$&').toLowerCase());

/** Reads `data-key`, `data-api` and every `data-rujuk-*` attribute of an element into raw options. */
export function readAttributes(element: Element): WidgetOptions {
  const raw: Record<string, unknown> = {};
  let email: string | undefined;
  let signature: string | undefined;
  for (const { name, value } of Array.from(element.attributes)) {
    if (name === 'data-key' || name === 'data-api') raw[renamed[name.slice(5)]!] = value;
    if (!name.startsWith(PREFIX)) continue;
    const key = name.slice(PREFIX.length);
    if (key === 'email') email = value;
    else if (key === 'signature') signature = value;
    // A bare `data-rujuk-embed` renders the share view.
    else if (key === 'embed') raw.view = value || 'share';
    else if (key !== 'open') raw[renamed[key] ?? key.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] = value;
  }
  if (email && signature) raw.identity = { email, signature };
  return raw as WidgetOptions;
}
