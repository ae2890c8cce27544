// WCAG contrast in CSS, with relative colours in linear-light sRGB, where a colour's relative luminance
// is `.2126r + .7152g + .0722b` (WCAG 2.2). White text on the accent keeps 4.5:1 while that is at most
// .18333, black text from there up; on the dark theme's background (#111827) a colour keeps 4.5:1 from
// .2272 up. `--_w` and `--_d` are those two tests as 1 or 0, scaled so that no colour lands in between.
// Custom properties are substituted as text, so `r`, `g` and `b` are the channels of the colour each
// `color(from …)` starts from.

const luminance = '(.2126*r + .7152*g + .0722*b)';

/** The custom property `onAccent` and `linkOnLight` read; set it on an element above their use. */
export const contrastVars = `--_w:clamp(0,(.18333 - ${luminance})*1e5,1);`;

/** The custom property `linkOnDark` reads. */
export const darkContrastVar = `--_d:clamp(0,(${luminance} - .2272)*1e5,1);`;

/** Text on the accent (`--_a`): white where it keeps 4.5:1, else black. */
export const onAccent = 'color(from var(--_a) srgb-linear var(--_w) var(--_w) var(--_w))';

/** Links on the light theme: the accent where it keeps 4.5:1 on white, else black. */
export const linkOnLight = 'color(from var(--_a) srgb-linear calc(r*var(--_w)) calc(g*var(--_w)) calc(b*var(--_w)))';

/** Links on the dark theme: the accent where it keeps 4.5:1 on #111827, else white; a light indigo by default. */
export const linkOnDark =
  'color(from var(--rujuk-accent,#a5b4fc) srgb-linear calc(1 - (1 - r)*var(--_d)) calc(1 - (1 - g)*var(--_d)) calc(1 - (1 - b)*var(--_d)))';
