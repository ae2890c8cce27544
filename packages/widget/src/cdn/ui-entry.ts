// The UI module the CDN loader imports on first open or when an embed is on the page: what the lazily
// loaded views share with it (view-shares.ts), and what the loader calls. In this order: the module's
// exports compress better with the views' names first (13 B brotli on a first open).
// biome-ignore assist/source/organizeImports: the order is the point
export * from './view-shares.js';
export { mountFromPage } from '../ui/mount-from-page.js';
export { takeLoaderShares } from './take-loader-shares.js';
