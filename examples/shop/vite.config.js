import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const pages = ['index', 'product', 'checkout', 'signup', 'account'];

// A multi-page shop. Rujuk is not bundled: the pages load it from script tags, the way a site owner
// pastes it, and the demo (scripts/demo-site.mjs) serves those URLs from the packages' builds.
export default defineConfig({
  root: here,
  appType: 'mpa',
  // No npm dependencies to pre-bundle, so skip the scan.
  optimizeDeps: { noDiscovery: true },
  build: {
    rolldownOptions: { input: Object.fromEntries(pages.map((page) => [page, `${here}${page}.html`])) },
  },
});
