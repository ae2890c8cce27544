import { encode } from 'uqr';

/** Encodes text as a QR code and returns one SVG path of its dark modules, with a 2-module quiet zone. */
export function qrPath(text: string): { size: number; path: string } {
  const { data } = encode(text, { ecc: 'M', border: 2 });
  let path = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    });
  });
  return { size: data.length, path };
}
