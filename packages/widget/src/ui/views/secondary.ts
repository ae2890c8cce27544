// The progress and leaderboard views, with their styles: downloaded when first shown.
export { secondaryCss as css } from '../../styles/secondary-css.js';
export { LeaderboardView as leaderboard } from './leaderboard-view.js';
export { ProgressView as progress } from './progress-view.js';
