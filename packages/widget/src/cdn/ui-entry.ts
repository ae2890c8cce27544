// The UI module the CDN loader imports on first open or when an embed is on the page.

export { useEffect, useRef, useState } from 'preact/hooks';
// The lazily loaded views import Preact and the widget's shared helpers from here, so the page
// downloads them once (see scripts/build-cdn.mjs). Every name those views import must be listed.
export { Fragment, jsx, jsxs } from 'preact/jsx-runtime';
export { callCommand, hasCommand } from '../bus/command-bus.js';
export { emit } from '../events/emit.js';
export { visitorId } from '../storage/visitor-id.js';
export { useWidget } from '../ui/context.js';
export { mountResolved } from '../ui/mount.js';
export { useParticipant } from '../ui/use-participant.js';
export { useStore } from '../ui/use-store.js';
export { preloadView } from '../ui/view-chunks.js';
