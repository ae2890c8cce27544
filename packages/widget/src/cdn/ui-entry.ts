// The UI module the CDN loader imports on first open or when an embed is on the page.

export { useEffect, useState } from 'preact/hooks';

// The lazily loaded progress and leaderboard views import Preact and the widget's hooks from here,
// so the page downloads Preact once (see scripts/build-cdn.mjs).
export { Fragment, jsx, jsxs } from 'preact/jsx-runtime';
export { useWidget } from '../ui/context.js';
export { mountResolved } from '../ui/mount.js';
export { useStore } from '../ui/use-store.js';
