import type { Options } from '../types.js';

/** A snippet tag's `data-*` attributes as its `dataset` holds them: every value a string. */
export type Dataset = { [K in keyof Options]?: string };

/**
 * Gives the tracker of the current module graph the options of a snippet tag, without starting
 * it: the attributes go through the one options parser, and the result is taken in as `start()`
 * takes it in, so nothing is stored or sent before consent only with `consent: 'required'`. Each
 * test page has the key `pk_test` and the backend `https://api.example` unless it says otherwise.
 * Modules are imported here, not at the top, so a test that resets modules configures the
 * tracker its own imports see.
 */
export const configure = async (dataset: Dataset = {}): Promise<void> => {
  const { parseOptions } = await import('../options/parse-options.js');
  const { S } = await import('../core/state.js');
  const config = parseOptions({ key: 'pk_test', api: 'https://api.example', ...dataset }, location.origin)!;
  S._cfg = config;
  S._ok = !config._required;
};
