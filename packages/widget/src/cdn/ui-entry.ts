// The UI chunk the CDN loader imports on first open or when an embed is on the page.
export { mountResolved } from '../ui/mount.js';
