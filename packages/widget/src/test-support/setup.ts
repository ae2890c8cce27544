import { beforeAll } from 'vitest';
import { preloadView } from '../ui/view-chunks.js';

// In a page the loader fetches a view's chunk alongside the UI; do the same so views render at once.
beforeAll(async () => {
  await Promise.all([preloadView('join'), preloadView('share'), preloadView('progress')]);
});
