import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let folder: string | undefined;

/**
 * The environment of a WebKitGTK browser that prefers reduced motion: WebKitGTK answers
 * `prefers-reduced-motion: reduce` when GTK's animations are off, which a settings file turns off.
 */
export function reducedMotionEnv(): Record<string, string> {
  if (!folder) {
    folder = mkdtempSync(join(tmpdir(), 'rujuk-webkit-gtk-'));
    mkdirSync(join(folder, 'gtk-3.0'));
    writeFileSync(join(folder, 'gtk-3.0', 'settings.ini'), '[Settings]\ngtk-enable-animations=0\n');
  }
  return { XDG_CONFIG_HOME: folder };
}
