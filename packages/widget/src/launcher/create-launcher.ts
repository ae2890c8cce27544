import { resolveLocale } from '../i18n/resolve-locale.js';
import type { Position } from '../options/types.js';
import { adoptStyles } from '../styles/adopt-styles.js';
import { launcherCss } from './launcher-css.js';
import { launcherText } from './launcher-text.js';

/** The floating launcher button: a fixed element in its own shadow root, so it causes no layout shift. */
export interface Launcher {
  /**
   * Updates the text (`''` for the default text of the shipped locale that best matches `locale`, whose
   * `lang` it carries; the page's own text is in the page's language), corner and accent (its text
   * colour follows the accent for a 4.5:1 contrast).
   */
  update(text: string, locale: string | null | undefined, position: Position, accent: string | null): void;
  remove(): void;
}

/** Adds the floating launcher button to the page; clicking it calls `open`. */
export function createLauncher(open: () => void): Launcher {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, launcherCss);
  // No `type`: no form reaches into the shadow root, so the button never submits one.
  const button = document.createElement('button');
  button.setAttribute('part', 'launcher');
  button.setAttribute('aria-haspopup', 'dialog');
  button.onclick = open;
  root.append(button);
  document.body.append(host);
  return {
    update(text, locale, position, accent) {
      const lang = resolveLocale(locale);
      button.textContent = text || launcherText(lang);
      if (text) button.removeAttribute('lang');
      else button.lang = lang;
      // The attribute that marks the host holds the position; the stylesheet places the launcher from its
      // words (`top-…`, `…-left`), so `modal` is bottom right.
      host.setAttribute('data-rujuk-launcher-host', position);
      // An empty value removes the property.
      host.style.setProperty('--rujuk-accent', accent ?? '');
    },
    remove: () => host.remove(),
  };
}
