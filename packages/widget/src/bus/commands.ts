// The widget's door to the one command bus of @rujuk/contract. One module of the widget's own, so the
// script-tag build can hand the UI module the loader's copy and the views the UI module's
// (src/cdn/loader-shares.ts, src/cdn/view-shares.ts): a page downloads the bus once.
export { callCommand, hasCommand, installBus, listen } from '@rujuk/contract';
