import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [preact()],
  // Relative asset URLs, so the build works from any folder (the browser test serves it from one).
  base: './',
  server: { port: 5174, strictPort: true },
});
