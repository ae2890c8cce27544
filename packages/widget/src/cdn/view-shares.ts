// What the lazily loaded views take from the UI module instead of bundling their own copies, so the
// page downloads them once. The script-tag build reads this module: a view's import of any module
// imported here gets the names exported here (scripts/cdn/from-ui.mjs). Every name those views
// import from these modules must be exported here.
import { emit as loaderEmit } from '../events/emit.js';

export { Component } from 'preact';
export { Fragment, jsx, jsxs } from 'preact/jsx-runtime';
export { callCommand, hasCommand } from '../bus/command-bus.js';

/**
 * Emits a widget event through the loader's `emit`, looked up when called: the loader hands it over
 * after the UI module ran, and a view may already hold this function by then.
 */
export const emit: typeof loaderEmit = (name, detail) => loaderEmit(name, detail);

export { emitError } from '../events/emit-error.js';
export { visitorId } from '../storage/visitor-id.js';
export { participantOf, WidgetComponent } from '../ui/context.js';
export { preloadView } from '../ui/view-chunks.js';
