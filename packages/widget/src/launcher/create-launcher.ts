import type { Position } from '../options/types.js';
import { adoptStyles } from '../styles/adopt-styles.js';
import { onAccent, parseColor } from '../styles/color.js';
import { launcherCss } from './launcher-css.js';

/** The floating launcher button: a fixed element in its own shadow root, so it causes no layout shift. */
export interface Launcher {
  /** Updates the text, corner and accent. */
  update(text: string, position: Position, accent: string | null): void;
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
    update(text, position, accent) {
      button.textContent = text;
      host.setAttribute('data-x', position.endsWith('left') ? 'left' : 'right');
      host.setAttribute('data-y', position.startsWith('top') ? 'top' : 'bottom');
      const style = host.style;
      style.removeProperty('--rujuk-accent');
      style.removeProperty('--rujuk-on-accent');
      const rgb = accent && parseColor(accent);
      if (accent) style.setProperty('--rujuk-accent', accent);
      // Light accents get dark text so the button keeps a 4.5:1 contrast.
      if (rgb) style.setProperty('--rujuk-on-accent', onAccent(rgb));
    },
    remove: () => host.remove(),
  };
}
