// What the lazily loaded views take from the UI module instead of bundling their own copies, so the
// page downloads them once. The script-tag build reads this module: a view's import of any module
// imported here gets the names exported here (scripts/cdn/from-ui.mjs). Every name those views
// import from these modules must be exported here.
import { callCommand as loaderCall, hasCommand as loaderHas } from '../bus/commands.js';
import { emit as loaderEmit } from '../events/emit.js';

export { Component } from 'preact';
export { Fragment, jsx, jsxs } from 'preact/jsx-runtime';

/**
 * Emits a widget event through the loader's `emit`, looked up when called: the loader hands it over
 * after the UI module ran, and a view may already hold this function by then.
 */
export const emit: typeof loaderEmit = (name, detail) => loaderEmit(name, detail);

/** Calls a command on the shared bus through the loader's copy, looked up when called, as `emit` is. */
export const callCommand: typeof loaderCall = (command, ...args) => loaderCall(command, ...args);

/** Whether a script answers `command`, through the loader's copy, looked up when called, as `emit` is. */
export const hasCommand: typeof loaderHas = (command) => loaderHas(command);

export { emitError } from '../events/emit-error.js';
export { visitorId } from '../storage/visitor-id.js';
export { participantOf, WidgetComponent } from '../ui/context.js';
export { preloadView } from '../ui/view-chunks.js';
