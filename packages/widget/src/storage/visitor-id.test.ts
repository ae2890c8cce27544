import { ID } from '@rujuk/contract';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rujukTag } from '../test-support/script-tag.js';

// The snippet ignores any visitor id the contract's pattern refuses.
const SNIPPET_ID = ID;
const FOUR_HUNDRED_DAYS = 400 * 24 * 60 * 60;

// Both modules keep page state (the visitor id, the consent): a fresh copy per test.
const load = async () => {
  vi.resetModules();
  const { visitorId } = await import('./visitor-id.js');
  const { setConsent } = await import('./safe-storage.js');
  return { visitorId, setConsent };
};

/** Every cookie the page wrote from now on, as written. */
function recordCookieWrites(): string[] {
  const writes: string[] = [];
  let owner: object | null = document;
  while (owner && !Object.getOwnPropertyDescriptor(owner, 'cookie')) owner = Object.getPrototypeOf(owner);
  const setter = Object.getOwnPropertyDescriptor(owner!, 'cookie')!.set!;
  vi.spyOn(document, 'cookie', 'set').mockImplementation(function (this: Document, value: string) {
    writes.push(value);
    setter.call(this, value);
  });
  return writes;
}

/** The `rujuk_vid` cookie as the snippet would read it, once deletions made at this very millisecond took effect. */
function cookieId(): string | undefined {
  // happy-dom expires a `Max-Age=0` cookie only after the millisecond it was written in; browsers at once.
  vi.setSystemTime(Date.now() + 1000);
  return /(?:^|;\s*)rujuk_vid=([^;]*)/.exec(document.cookie)?.[1];
}

/** Writes a cookie as another script of the page (the snippet, an earlier visit) would. */
function setCookie(cookie: string): void {
  // biome-ignore lint/suspicious/noDocumentCookie: the widget under test reads and writes document.cookie, so the test does too.
  document.cookie = cookie;
}

/** Moves the test page to `url` (happy-dom's own API). */
const goTo = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  localStorage.clear();
  setCookie('rujuk_vid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT');
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.head.innerHTML = '';
});

describe('the visitor id', () => {
  it('is created once per visitor, and written to localStorage and to the rujuk_vid cookie the snippet reads', async () => {
    const { visitorId } = await load();
    const writes = recordCookieWrites();
    const id = visitorId();
    expect(id).toMatch(SNIPPET_ID);
    expect(visitorId()).toBe(id);
    expect(localStorage.getItem('rujuk_vid')).toBe(id);
    expect(cookieId()).toBe(id);
    // Host-only, like a cookie the snippet writes on an IP or localhost, for the longest lifetime browsers keep.
    expect(writes).toEqual([`rujuk_vid=${id}; Path=/; SameSite=Lax; Max-Age=${FOUR_HUNDRED_DAYS}`]);

    const { visitorId: nextPage } = await load();
    expect(nextPage()).toBe(id);
    expect(writes).toHaveLength(1);
  });

  it('copies an id kept only in localStorage to the cookie', async () => {
    localStorage.setItem('rujuk_vid', 'widget-id-1234');
    const { visitorId } = await load();
    expect(visitorId()).toBe('widget-id-1234');
    expect(cookieId()).toBe('widget-id-1234');
  });

  it('takes the id from the snippet’s cookie and writes nothing', async () => {
    setCookie('rujuk_vid=snippet-id-5678; Path=/');
    localStorage.setItem('rujuk_vid', 'older-widget-id');
    const { visitorId } = await load();
    const writes = recordCookieWrites();
    expect(visitorId()).toBe('snippet-id-5678');
    expect(writes).toEqual([]);
    expect(localStorage.getItem('rujuk_vid')).toBe('older-widget-id');
  });

  it('replaces a cookie the snippet would ignore with a valid id', async () => {
    setCookie('rujuk_vid=bad!; Path=/');
    const { visitorId } = await load();
    const id = visitorId();
    expect(id).toMatch(SNIPPET_ID);
    expect(cookieId()).toBe(id);
  });

  it('marks the cookie Secure on https pages', async () => {
    goTo('https://shop.example/cart');
    try {
      const { visitorId } = await load();
      const writes = recordCookieWrites();
      const id = visitorId();
      expect(writes).toEqual([`rujuk_vid=${id}; Path=/; SameSite=Lax; Max-Age=${FOUR_HUNDRED_DAYS}; Secure`]);
    } finally {
      goTo('http://localhost:3000/');
    }
  });

  it('keeps the cookie in memory until consent where the page requires it, and deletes it when consent is withdrawn', async () => {
    rujukTag({ 'data-consent': 'required' });
    const { visitorId, setConsent } = await load();
    const id = visitorId();
    expect(cookieId()).toBeUndefined();
    expect(localStorage.getItem('rujuk_vid')).toBeNull();

    setConsent(true);
    expect(cookieId()).toBe(id);
    expect(localStorage.getItem('rujuk_vid')).toBe(id);

    setConsent(false);
    expect(cookieId()).toBeUndefined();
    expect(localStorage.getItem('rujuk_vid')).toBeNull();
    // The page keeps its visitor for the rest of the visit.
    expect(visitorId()).toBe(id);
  });

  it('deletes a cookie an earlier visit wrote when consent is withdrawn', async () => {
    setCookie('rujuk_vid=earlier-visit-id; Path=/');
    const { setConsent } = await load();
    setConsent(false);
    expect(cookieId()).toBeUndefined();
  });

  it('never throws when document.cookie throws, and keeps the id in localStorage', async () => {
    const blocked = () => {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    };
    vi.spyOn(document, 'cookie', 'get').mockImplementation(blocked);
    vi.spyOn(document, 'cookie', 'set').mockImplementation(blocked);
    const { visitorId, setConsent } = await load();
    const id = visitorId();
    expect(id).toMatch(SNIPPET_ID);
    expect(localStorage.getItem('rujuk_vid')).toBe(id);
    expect(() => setConsent(false)).not.toThrow();
  });
});
