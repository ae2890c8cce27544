import { describe, expect, it } from 'vitest';
import arCore from './locales/ar.js';
import enCore from './locales/en.js';
import ruCore from './locales/ru.js';
import { LOCALES, resolveLocale } from './resolve-locale.js';
import arSecondary from './secondary/ar.js';
import enSecondary from './secondary/en.js';
import ruSecondary from './secondary/ru.js';
import { createTranslator } from './translator.js';

// Each locale's strings, with those of the progress and leaderboard views, which load with those views.
const en = { ...enCore, ...enSecondary };
const ru = { ...ruCore, ...ruSecondary };
const ar = { ...arCore, ...arSecondary };

describe('createTranslator', () => {
  it('leaves a secondary string empty until it has loaded', () => {
    expect(createTranslator('en', enCore)('referrals', { n: 2 })).toBe('');
  });

  it('fills placeholders and formats numbers for the locale', () => {
    const t = createTranslator('en', en);
    expect(t('title', { friend: '15% off', referrer: '$10' })).toBe('Give 15% off, get $10');
    expect(t('referrals', { n: 1234 })).toBe('1,234 referrals');
  });

  it('picks English plural forms', () => {
    const t = createTranslator('en', en);
    expect(t('nextTier', { n: 1, tier: 'Gold' })).toBe('1 more referral to reach Gold');
    expect(t('nextTier', { n: 2, tier: 'Gold' })).toBe('2 more referrals to reach Gold');
  });

  it('picks Russian one, few and many forms', () => {
    const t = createTranslator('ru', ru);
    expect(t('referrals', { n: 1 })).toBe('1 приглашение');
    expect(t('referrals', { n: 3 })).toBe('3 приглашения');
    expect(t('referrals', { n: 5 })).toBe('5 приглашений');
    expect(t('referrals', { n: 21 })).toBe('21 приглашение');
  });

  it('picks Arabic dual forms', () => {
    const t = createTranslator('ar', ar);
    expect(t('referrals', { n: 2 })).toBe('إحالتان');
    expect(t('referrals', { n: 3 })).toBe(`${new Intl.NumberFormat('ar').format(3)} إحالات`);
    expect(t('referrals', { n: 11 })).toBe(`${new Intl.NumberFormat('ar').format(11)} إحالة`);
  });
});

describe('locales', () => {
  it.each(LOCALES)('%s has every message of English, with the same placeholders', async (locale) => {
    const messages = {
      ...(await import(`./locales/${locale}.ts`)).default,
      ...(await import(`./secondary/${locale}.ts`)).default,
    };
    const placeholders = (text: unknown) => [...JSON.stringify(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(messages[key], `${locale}.${key}`).toBeDefined();
      expect(new Set(placeholders(messages[key])), `${locale}.${key}`).toEqual(new Set(placeholders(en[key])));
    }
  });

  it('marks Arabic right-to-left and the others left-to-right', async () => {
    expect(ar.dir).toBe('rtl');
    expect(en.dir).toBe('ltr');
  });
});

describe('resolveLocale', () => {
  it('prefers the requested locale, then the browser languages, then English', () => {
    expect(resolveLocale('pt-BR', ['de'])).toBe('pt');
    expect(resolveLocale(null, ['nl-NL', 'de-AT'])).toBe('de');
    expect(resolveLocale('xx', ['nl'])).toBe('en');
  });
});
