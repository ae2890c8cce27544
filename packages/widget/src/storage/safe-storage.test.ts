import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rujukTag } from '../test-support/script-tag.js';

// The storage module keeps the page's consent state: a fresh copy per test.
const load = async () => {
  vi.resetModules();
  return import('./safe-storage.js');
};

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => {
  document.head.innerHTML = '';
});

describe('the widget storage', () => {
  it('stores at once when nothing on the page requires consent', async () => {
    const { writeItem, readItem } = await load();
    rujukTag({ 'data-consent': 'granted' });
    writeItem('rujuk_vid', 'abcdefgh12345678');
    expect(localStorage.getItem('rujuk_vid')).toBe('abcdefgh12345678');
    expect(readItem('rujuk_vid')).toBe('abcdefgh12345678');
  });

  it('holds what it writes in memory while a Rujuk script tag says data-consent="required", and stores it on consent', async () => {
    const { writeItem, readItem, setConsent } = await load();
    rujukTag({ 'data-consent': 'required' });
    writeItem('rujuk_vid', 'abcdefgh12345678');
    writeItem('rujuk_widget_seen', '1', 'sessionStorage');
    expect(localStorage.length + sessionStorage.length).toBe(0);
    expect(readItem('rujuk_vid')).toBe('abcdefgh12345678');

    setConsent(true);
    expect(localStorage.getItem('rujuk_vid')).toBe('abcdefgh12345678');
    expect(sessionStorage.getItem('rujuk_widget_seen')).toBe('1');
    writeItem('rujuk_token', 'pt_later');
    expect(localStorage.getItem('rujuk_token')).toBe('pt_later');
  });

  it('holds writes for mountWidget when its consent option asks, even without a script tag', async () => {
    const { writeItem, requireConsent } = await load();
    requireConsent();
    writeItem('rujuk_vid', 'abcdefgh12345678');
    expect(localStorage.length).toBe(0);
  });

  it('deletes every key it writes when consent is withdrawn, keeps the page going from memory, and stores nothing more', async () => {
    const { writeItem, readItem, setConsent } = await load();
    localStorage.setItem('rujuk_vid', 'abcdefgh12345678');
    localStorage.setItem('rujuk_token', 'pt_stored');
    sessionStorage.setItem('rujuk_widget_seen', '1');
    localStorage.setItem('unrelated', 'kept');
    writeItem('rujuk_widget_seen', '1');

    setConsent(false);
    expect({ ...localStorage, ...sessionStorage }).toEqual({ unrelated: 'kept' });
    writeItem('rujuk_token', 'pt_new');
    expect(localStorage.getItem('rujuk_token')).toBeNull();
    expect(readItem('rujuk_token')).toBe('pt_new');
  });

  it('never throws when storage itself throws', async () => {
    const { writeItem, readItem } = await load();
    const getter = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(() => writeItem('rujuk_vid', 'abcdefgh12345678')).not.toThrow();
    expect(readItem('rujuk_vid')).toBeNull();
    getter.mockRestore();
  });
});
