import { beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, type Dataset } from '../test-support/configure.js';
import { installCookieJar } from '../test-support/cookie-jar.js';
import { candidates } from './cookie-domain.js';

describe('candidates', () => {
  it('lists registrable domains shortest first, then host-only', () => {
    expect(candidates('app.shop.example')).toEqual(['shop.example', 'app.shop.example', '']);
    expect(candidates('shop.example')).toEqual(['shop.example', '']);
  });

  it('gives IPs and single-label hosts a host-only cookie', () => {
    expect(candidates('127.0.0.1')).toEqual(['']);
    expect(candidates('localhost')).toEqual(['']);
    expect(candidates('[::1]')).toEqual(['']);
  });
});

describe('setSiteCookie', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  const load = async (host: string, dataset?: Dataset) => {
    vi.stubGlobal('location', new URL('https://' + host + '/'));
    await configure(dataset);
    return import('./cookie-domain.js');
  };

  // Counts reads of `document.cookie` (each a round trip to the browser process in a real page).
  const countReads = () => {
    const reads = { count: 0 };
    const { get, set } = Object.getOwnPropertyDescriptor(document, 'cookie')!;
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => (reads.count++, get!()), set });
    return reads;
  };

  it('stores on the registrable domain of a subdomain', async () => {
    const jar = installCookieJar('app.shop.example', ['example']);
    const { setSiteCookie } = await load('app.shop.example');
    setSiteCookie('rujuk_ref', 'value1');
    expect([...jar.keys()]).toEqual(['rujuk_ref|shop.example']);
  });

  it('finds the domain with one cookie read and leaves no probe behind', async () => {
    const jar = installCookieJar('www.shop.example', ['example']);
    const reads = countReads();
    const { setSiteCookie } = await load('www.shop.example');
    setSiteCookie('rujuk_ref', 'value7');
    setSiteCookie('rujuk_vid', 'value8');
    expect([...jar.keys()]).toEqual(['rujuk_ref|shop.example', 'rujuk_vid|shop.example']);
    expect(reads.count).toBe(1);
  });

  it('deletes the probes when nothing is stored after them, with no second read', async () => {
    const jar = installCookieJar('www.shop.example', ['example']);
    const reads = countReads();
    const { probeDomain, settleProbes } = await load('www.shop.example');
    const { readCookies } = await import('./cookie.js');
    // All in one task, as on a landing.
    probeDomain();
    expect([...jar.keys()]).toEqual(['rujuk_p|shop.example', 'rujuk_p|www.shop.example']);
    readCookies();
    settleProbes();
    expect(jar.size).toBe(0);
    expect(reads.count).toBe(1);
  });

  it('does not probe before storing is allowed', async () => {
    const jar = installCookieJar('www.shop.example', ['example']);
    const { probeDomain } = await load('www.shop.example', { consent: 'required' });
    probeDomain();
    expect(jar.size).toBe(0);
  });

  it('falls through a public suffix the browser refuses', async () => {
    const jar = installCookieJar('anna.github.io', ['io', 'github.io']);
    const { setSiteCookie } = await load('anna.github.io');
    setSiteCookie('rujuk_ref', 'value2');
    expect([...jar.keys()]).toEqual(['rujuk_ref|anna.github.io']);
  });

  it('writes a host-only cookie on localhost', async () => {
    const jar = installCookieJar('localhost', []);
    const { setSiteCookie } = await load('localhost');
    setSiteCookie('rujuk_ref', 'value3');
    expect([...jar.keys()]).toEqual(['rujuk_ref|']);
  });

  it('uses the configured cookie domain without probing', async () => {
    const jar = installCookieJar('app.shop.example', ['example']);
    const { setSiteCookie } = await load('app.shop.example', { cookieDomain: 'app.shop.example' });
    setSiteCookie('rujuk_ref', 'value4');
    expect([...jar.keys()]).toEqual(['rujuk_ref|app.shop.example']);
  });

  it('deletes a cookie on every domain it may sit on', async () => {
    const jar = installCookieJar('app.shop.example', ['example']);
    const { setSiteCookie, deleteSiteCookie } = await load('app.shop.example');
    setSiteCookie('rujuk_vid', 'value5');
    deleteSiteCookie('rujuk_vid');
    expect(jar.size).toBe(0);
  });

  it('does not throw when cookies are blocked', async () => {
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      set: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    const { setSiteCookie } = await load('shop.example');
    expect(() => setSiteCookie('rujuk_ref', 'value6')).not.toThrow();
  });
});
