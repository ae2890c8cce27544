import { callCommand, hasCommand } from '../bus/commands.js';
import { watchConsent } from '../consent/watch-consent.js';
import { emit } from '../events/emit.js';
import { importChunk } from '../loader/import-chunk.js';
import { parseLauncher } from '../options/parse-launcher.js';
import { parseTrigger } from '../options/parse-trigger.js';
import { readChoice, readCss, readText } from '../options/read-value.js';
import { warnInvalid } from '../options/warn-invalid.js';
import { adoptStyles } from '../styles/adopt-styles.js';

/**
 * The loader's modules the UI module uses too. The script-tag build gives the UI module the loader's
 * copies instead of bundling its own (scripts/build-cdn.mjs reads this list and the modules imported
 * here), so the page downloads them once and the UI shares the loader's state: the consent it has
 * followed since the page started, the files that failed to download. A list, not an object: the loader's minified names are shorter
 * than an object's keys.
 * The UI receives the names listed here; importing another export of these modules fails the build.
 * They arrive after the UI module has run, so it must not call them, or keep them, at its top level.
 */
export const loaderShares = [
  adoptStyles,
  callCommand,
  hasCommand,
  emit,
  importChunk,
  parseLauncher,
  parseTrigger,
  readChoice,
  readCss,
  readText,
  warnInvalid,
  watchConsent,
] as const;
