import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/resolve-locale.js';
import { launcherText } from './launcher-text.js';

describe('launcherText', () => {
  it.each(LOCALES)('labels the launcher in %s as the locale does', async (locale) => {
    const messages = (await import(`../i18n/locales/${locale}.ts`)).default;
    expect(launcherText(locale)).toBe(messages.launcher);
  });
});
