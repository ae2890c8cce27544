import { OPTIONS } from './parse-options.js';
import { attributeOf } from './read-attributes.js';

/**
 * Every `data-rujuk-*` attribute a mounted widget follows, for a MutationObserver's `attributeFilter`:
 * those of the options from `view` on. The backend, the key and the participant (before `view`) are
 * read when the widget mounts.
 */
export const WATCHED_ATTRIBUTES: string[] = OPTIONS.slice(OPTIONS.indexOf('view')).map(attributeOf);
