import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Draws a QR code of `text` as an SVG image labelled `label`: one path of the dark modules with a
 * 2-module quiet zone. Built with DOM calls, so this chunk needs no UI library.
 */
export function qrSvg(text: string, label: string): SVGSVGElement {
  const { data } = encode(text, { ecc: 'M', border: 2 });
  let d = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  const svg = document.createElementNS(SVG, 'svg');
  const path = document.createElementNS(SVG, 'path');
  for (const [name, value] of [
    ['class', 'qr'],
    ['part', 'qr'],
    ['role', 'img'],
    ['aria-label', label],
    ['viewBox', `0 0 ${data.length} ${data.length}`],
    ['shape-rendering', 'crispEdges'],
  ]) {
    svg.setAttribute(name!, value!);
  }
  // Its look comes with this chunk, so a first open that shows no QR code does not download it. Set
  // through CSSOM, which a CSP without 'unsafe-inline' allows; a page's `::part(qr)` rules still win.
  svg.style.cssText =
    'display:block;width:180px;height:180px;margin:12px auto 4px;background:#fff;padding:8px;border-radius:8px';
  path.setAttribute('d', d);
  svg.append(path);
  return svg;
}
