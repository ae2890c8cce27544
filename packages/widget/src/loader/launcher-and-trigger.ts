import { createLauncher, type Launcher } from '../launcher/create-launcher.js';
import { FREQUENCIES, POSITIONS } from '../options/choices.js';
import { parseLauncher } from '../options/parse-launcher.js';
import { parseTrigger } from '../options/parse-trigger.js';
import { readOption } from '../options/read-option.js';
import { readChoice, readCss } from '../options/read-value.js';
import type { Frequency, Position } from '../options/types.js';
import { watchTrigger } from '../triggers/watch-trigger.js';
import { script } from './page-script.js';
import { openFrom } from './popup.js';

let launcher: Launcher | null = null;
// The trigger armed, with its frequency, and the function that disarms it.
let armed = '';
let disarm = () => {};

/**
 * Shows, updates or removes the launcher and arms the trigger from the script tag's options; both open
 * the popup with the script tag's options alone. Called again whenever the script tag's attributes change.
 */
export function configureFromScript(): void {
  const read = (name: string) => readOption([script], name) as string | undefined;
  const text = parseLauncher(read('launcher'));
  if (text === false) {
    launcher?.remove();
    launcher = null;
  } else {
    launcher ??= createLauncher(() => openFrom(null));
    launcher.update(
      text,
      read('locale'),
      readChoice(POSITIONS, read('position'), 'position') as Position,
      readCss(read('accent'), 'accent'),
    );
  }
  // The same trigger keeps the armed one (and its timer) going.
  const trigger = read('trigger') + ' ' + read('frequency');
  if (trigger !== armed) {
    armed = trigger;
    disarm();
    const frequency = readChoice(FREQUENCIES, read('frequency'), 'frequency') as Frequency;
    disarm = watchTrigger(parseTrigger(read('trigger')), frequency, () => openFrom(null, frequency));
  }
}
