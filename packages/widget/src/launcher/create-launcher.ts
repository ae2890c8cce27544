import type { Position } from '../options/types.js';
import { adoptStyles } from '../styles/adopt-styles.js';
import { launcherCss } from './launcher-css.js';

/** The floating launcher button: a fixed element in its own shadow root, so it causes no layout shift. */
export interface Launcher {
  /**
   * Updates the text, its language (`null` for the page's own text, which is in the page's language),
   * corner and accent (its text colour follows the accent for a 4.5:1 contrast).
   */
  update(text: string, lang: string | null, position: Position, accent: string | null): void;
  remove(): void;
}

/** Adds the floating launcher button to the page; clicking it calls `open`. */
export function createLauncher(open: () => void): Launcher {
  const host = document.createElement('div');
  host.setAttribute('data-rujuk-launcher-host', '');
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, launcherCss);
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('part', 'launcher');
  button.setAttribute('aria-haspopup', 'dialog');
  button.addEventListener('click', open);
  root.append(button);
  document.body.append(host);
  return {
    update(text, lang, position, accent) {
      button.textContent = text;
      if (lang) button.lang = lang;
      else button.removeAttribute('lang');
      host.setAttribute('data-x', position.endsWith('left') ? 'left' : 'right');
      host.setAttribute('data-y', position.startsWith('top') ? 'top' : 'bottom');
      if (accent) host.style.setProperty('--rujuk-accent', accent);
      else host.style.removeProperty('--rujuk-accent');
    },
    remove: () => host.remove(),
  };
}
