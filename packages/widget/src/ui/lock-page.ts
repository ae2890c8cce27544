import { adoptStyles } from '../styles/adopt-styles.js';

/**
 * Holds the page still behind the modal popup: it stops scrolling, without moving, and everything but
 * `host` (and its ancestors) turns inert, leaving the tab order and the accessibility tree. Returns the
 * undo, which puts back exactly what the page had.
 */
export function lockPage(host: Element): () => void {
  const dozing: HTMLElement[] = [];
  for (let node = host; node !== document.body && node.parentElement; node = node.parentElement) {
    for (const sibling of node.parentElement.children as HTMLCollectionOf<HTMLElement>) {
      // What the page made inert itself stays so, and is not ours to wake.
      if (sibling !== node && !sibling.inert) {
        sibling.inert = true;
        dozing.push(sibling);
      }
    }
  }
  // A sheet of its own rather than the root's `style`, which the page may change meanwhile: taking the
  // sheet away gives back exactly what the page had, and a strict `style-src` allows it. `overflow:
  // hidden` on the root keeps the scroll position, unlike fixing the body in place; a page with a
  // scrollbar keeps its width as a gutter, so its content does not shift when the scrollbar goes.
  const sheet = adoptStyles(
    document,
    `html{overflow:hidden!important${innerWidth > document.documentElement.clientWidth ? ';scrollbar-gutter:stable!important' : ''}}`,
  );
  return () => {
    for (const element of dozing) element.inert = false;
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((other) => other !== sheet);
  };
}
