// The UI module the CDN loader imports on first open or when an embed is on the page.
import { emit as loaderEmit } from '../events/emit.js';

// The lazily loaded views import Preact and the widget's shared helpers from here, so the page
// downloads them once (see scripts/build-cdn.mjs). Every name those views import must be listed.
export { Component } from 'preact';
export { Fragment, jsx, jsxs } from 'preact/jsx-runtime';
export { callCommand, hasCommand } from '../bus/command-bus.js';
export { emitError } from '../events/emit-error.js';
export { visitorId } from '../storage/visitor-id.js';
export { participantOf, WidgetComponent } from '../ui/context.js';
export { mountFromPage } from '../ui/mount-from-page.js';
export { preloadView } from '../ui/view-chunks.js';
export { takeLoaderShares } from './take-loader-shares.js';

/**
 * Emits a widget event through the loader's `emit`, looked up when called: the loader hands it over
 * after this module ran, and a view may already hold this function by then.
 */
export const emit: typeof loaderEmit = (name, detail) => loaderEmit(name, detail);
