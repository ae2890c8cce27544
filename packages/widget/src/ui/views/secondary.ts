// The views not shown on first open, in their own chunk with their own styles, so opening the popup
// downloads only what the join and share views need.

export { secondaryCss as css } from '../../styles/secondary-css.js';
export { LeaderboardView as leaderboard } from './leaderboard-view.js';
export { ProgressView as progress } from './progress-view.js';
