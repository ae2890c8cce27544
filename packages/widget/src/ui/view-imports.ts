// The views' chunks as a bundler splits them. The script-tag build imports its own files instead,
// retrying a failed download (src/cdn/view-imports.ts, swapped in by scripts/build-cdn.mjs).

/** Downloads the chunk of the join form and the program's info. */
export const importJoin = () => import('./views/join-chunk.js');

/** Downloads the chunk of the share view. */
export const importShare = () => import('./views/share-chunk.js');

/** Downloads the chunk of the progress and leaderboard views. */
export const importMore = () => import('./views/secondary.js');
