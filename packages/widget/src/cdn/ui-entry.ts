// The UI module the CDN loader imports on first open or when an embed is on the page.

// The lazily loaded views import Preact and the widget's shared helpers from here, so the page
// downloads them once (see scripts/build-cdn.mjs). Every name those views import must be listed.
export { Component } from 'preact';
export { Fragment, jsx, jsxs } from 'preact/jsx-runtime';
export { callCommand, hasCommand } from '../bus/command-bus.js';
export { emit } from '../events/emit.js';
export { emitError } from '../events/emit-error.js';
export { visitorId } from '../storage/visitor-id.js';
export { participantOf, WidgetComponent } from '../ui/context.js';
export { mountFromPage } from '../ui/mount-from-page.js';
export { preloadView } from '../ui/view-chunks.js';
export { takeLoaderShares } from './take-loader-shares.js';
