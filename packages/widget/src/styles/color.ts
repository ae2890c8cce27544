/** Parses `#rgb`, `#rrggbb` or `rgb(r g b)` / `rgb(r, g, b)` into channels; `null` for other syntaxes. */
export function parseColor(value: string): number[] | null {
  const text = value.trim().toLowerCase();
  let hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text)?.[1];
  if (hex) {
    if (hex.length === 3) hex = hex.replace(/./g, '$&$&');
    return [0, 2, 4].map((i) => Number.parseInt(hex!.slice(i, i + 2), 16));
  }
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/.exec(text);
  return rgb ? rgb.slice(1).map(Number) : null;
}

/** WCAG 2.2 relative luminance of sRGB channels. */
export function luminance(rgb: number[]): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two luminances, 1 to 21. */
export function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** The text colour to put on an accent background: white when it keeps 4.5:1, else near-black. */
export function onAccent(rgb: number[]): string {
  return contrast(luminance(rgb), 1) >= 4.5 ? '#fff' : '#111827';
}
