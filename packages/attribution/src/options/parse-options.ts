import type { Options } from '../types.js';
import type { Config } from './config.js';

type Raw = { [K in keyof Options]?: unknown };

const list = (value: unknown): string[] => ('' + value).toLowerCase().match(/[^\s,]+/g) || [];

/**
 * The one parser of tracker options: `init()` options and the script tag's `dataset` (all strings)
 * both go through it. Lists take arrays or comma-separated strings; invalid values fall back to
 * their defaults. Returns `undefined` without a key, since nothing can be reported then.
 */
export const parseOptions = (raw: Raw, base: string): Config | undefined => {
  const days = +(raw.cookieDays as string);
  if (raw.key)
    return {
      _key: raw.key as string,
      _api: ('' + (raw.api || base)).replace(/\/$/, ''),
      _params: list(raw.params || 'ref,via'),
      // Browsers cap cookie lifetimes at 400 days (RFC 6265bis); a bad number means the default.
      _age: (days > 0 ? Math.min(days, 400) : 90) * 864e2,
      _domain: raw.cookieDomain as string | undefined,
      _first: raw.attribution == 'first',
      _required: raw.consent == 'required',
      // A bare `data-clean-url` attribute reads as '' and means on.
      _clean: raw.cleanUrl != null && raw.cleanUrl + '' != 'false',
      _domains: list(raw.domains || ''),
    };
};
