import { READERS } from './parse-options.js';
import { attributesOf } from './read-attributes.js';

/** Every attribute that sets an option, for a MutationObserver's `attributeFilter`. */
export const WATCHED_ATTRIBUTES: string[] = Object.keys(READERS).flatMap(attributesOf);
