import { LOG_PREFIX } from '@rujuk/contract';
import { hasCommand, installBus } from '../bus/commands.js';
import { watchConsent } from '../consent/watch-consent.js';
import { asyncCommand } from './async-command.js';
import { fail } from './fail.js';
import { watchOpeners } from './openers.js';
import { closePopup, openPopup } from './popup.js';
import { watchPage } from './watch-page.js';

// The CDN entry: installs `open`/`close` on the shared command bus, shows the launcher and arms the
// trigger, watches openers and embeds, and imports the UI chunk only when it is needed (the files of
// this folder; ARCHITECTURE.md). It reads only the options that decide what to show and download; the
// UI parses them all.
try {
  if (hasCommand('open')) console.warn(LOG_PREFIX + ' loaded twice');
  else {
    installBus({ open: asyncCommand(openPopup), close: asyncCommand(closePopup) });
    watchConsent();
    watchOpeners();
    watchPage();
  }
} catch (error) {
  // Never throw into the host page.
  fail(error);
}
