// The values of the options that take one of a list, space-separated, the default first. The parser
// reads them all with `readChoice`; the loader reads the launcher's position and the trigger's frequency.

/** The views of an inline embed. */
export const VIEWS = 'share progress leaderboard join';

/** The colour schemes. */
export const THEMES = 'light dark auto';

/** Where the popup (and the launcher) appears. */
export const POSITIONS = 'modal bottom-right bottom-left top-right top-left';

/** How often an automatic trigger may open the popup for one visitor. */
export const FREQUENCIES = 'once session always';
