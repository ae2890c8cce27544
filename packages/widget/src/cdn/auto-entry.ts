// Loaded by the CDN loader only when the script tag asks for a launcher or an automatic trigger,
// so pages that use neither never download them.
export { createLauncher } from '../launcher/create-launcher.js';
export { launcherText } from '../launcher/launcher-text.js';
export { watchTrigger } from '../triggers/watch-trigger.js';
