import type { Bus } from '@rujuk/contract';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installCookieJar } from '../test-support/cookie-jar.js';

type Rujuk = Bus & ((command: string, ...args: unknown[]) => unknown);
const win = window as unknown as { rujuk?: Rujuk };
const STUB = 'window.rujuk=window.rujuk||function(){(rujuk.q=rujuk.q||[]).push(arguments)}';

const requests: { url: string; body: Record<string, unknown> }[] = [];

const boot = async (options: Record<string, unknown> = {}) => {
  const { start } = await import('./start.js');
  const { parseOptions } = await import('../options/parse-options.js');
  start(parseOptions({ key: 'pk_test', api: 'https://api.example', ...options }, '')!);
  return win.rujuk!;
};

const cookies = () => document.cookie;

describe('the tracker', () => {
  beforeEach(() => {
    vi.resetModules();
    delete win.rujuk;
    localStorage.clear();
    // happy-dom's own jar ignores Max-Age=0; this one behaves like a browser's.
    installCookieJar('localhost', []);
    history.replaceState(null, '', '/landing?ref=anna42&utm_source=news&keep=1');
    requests.length = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        requests.push({ url, body: JSON.parse(init.body as string) });
        return new Response(JSON.stringify({ duplicate: false }), { status: 201 });
      }),
    );
    vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 Chrome/130', webdriver: false, sendBeacon: () => true });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    // Trackers of finished tests still retry on their timers: keep them off the real network.
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
  });

  it('captures ?ref= into the rujuk_ref cookie and reports one click with UTM and referrer', async () => {
    const rujuk = await boot();
    const referral = rujuk('referral') as { code: string; clickId: string };
    expect(referral.code).toBe('ANNA42');
    expect(cookies()).toContain('rujuk_ref=1.ANNA42.' + referral.clickId + '.');
    // The click waits for idle time after load.
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]!.url).toBe('https://api.example/v1/clicks?key=pk_test');
    expect(requests[0]!.body).toMatchObject({
      code: 'ANNA42',
      clickId: referral.clickId,
      utm: { source: 'news' },
      url: expect.stringContaining('ref=anna42'),
    });
    // A landing creates no visitor id: only a participant's own id (made when they join) matters.
    expect(requests[0]!.body.visitorId).toBeUndefined();
    expect(cookies()).not.toContain('rujuk_vid');
  });

  it('sends the visitor id the browser already has with the click', async () => {
    document.cookie = 'rujuk_vid=visitor12345; Path=/';
    await boot();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]!.body.visitorId).toBe('visitor12345');
  });

  it('reads localStorage on load only when the flag cookie says it holds conversions', async () => {
    const read = vi.spyOn(Storage.prototype, 'getItem');
    await boot();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(read).not.toHaveBeenCalled();
    localStorage.setItem(
      'rujuk_queue',
      JSON.stringify({ 'order-1': { event: 'purchase', idempotencyKey: 'order-1' } }),
    );
    const { queueFlag } = await import('../queue/queue.js');
    document.cookie = queueFlag() + '=1; Path=/';
    vi.resetModules();
    delete win.rujuk;
    await boot();
    await vi.waitFor(() => expect(requests.some((request) => request.url.includes('/conversions'))).toBe(true));
    await vi.waitFor(() => expect(localStorage.getItem('rujuk_queue')).toBeNull());
    expect(cookies()).not.toContain('rujuk_q_');
  });

  it('cuts a long UTM value at 200 characters without splitting an emoji', async () => {
    history.replaceState(
      null,
      '',
      `/landing?ref=anna42&utm_campaign=${encodeURIComponent('a'.repeat(199) + '🙂 spring')}`,
    );
    await boot();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]!.body.utm).toEqual({ campaign: 'a'.repeat(199) });
  });

  it('replays calls queued by the stub in order, leaving other scripts’ commands queued', async () => {
    new Function(STUB)();
    const order: string[] = [];
    win.rujuk!('ready', () => order.push('ready'));
    win.rujuk!('open');
    win.rujuk!('convert', { event: 'signup' }, () => order.push('converted'));
    const rujuk = await boot();
    expect(order[0]).toBe('ready');
    expect(rujuk.q.map((call) => call[0])).toEqual(['open']);
    await vi.waitFor(() => expect(order).toEqual(['ready', 'converted']));
    const conversion = requests.find((request) => request.url.includes('/conversions'))!;
    // The landing URL is captured before the queued conversion needs its referral.
    expect(conversion.body.referral).toMatchObject({ code: 'ANNA42' });
  });

  it('recognises the documented stub before its first call', async () => {
    new Function(STUB)();
    const rujuk = await boot();
    expect(typeof rujuk.h.convert).toBe('function');
  });

  it('recognises a reformatted stub before its first call', async () => {
    // As a site owner's code formatter leaves the documented stub.
    new Function('window.rujuk = window.rujuk || function () {\n  (rujuk.q = rujuk.q || []).push(arguments);\n};')();
    const rujuk = await boot();
    expect(typeof rujuk.h.convert).toBe('function');
  });

  it('starts once when loaded twice', async () => {
    const first = await boot();
    vi.resetModules();
    const second = await boot();
    expect(second).toBe(first);
    const { clickId } = first('referral') as { clickId: string };
    await vi.waitFor(() => expect(requests.some((request) => request.body.clickId === clickId)).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests.filter((request) => request.body.clickId === clickId)).toHaveLength(1);
  });

  it('leaves a foreign window.rujuk alone, with one warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const foreign = () => 'mine';
    win.rujuk = foreign as unknown as Rujuk;
    await boot();
    expect(win.rujuk).toBe(foreign);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('does not capture the identified participant’s own link', async () => {
    new Function(STUB)();
    win.rujuk!('identify', { code: 'ANNA42' });
    const rujuk = await boot();
    expect(rujuk('referral')).toBeNull();
    expect(cookies()).not.toContain('rujuk_ref');
    expect(requests).toHaveLength(0);
  });

  it('does not count bots', async () => {
    vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1)', webdriver: false });
    const rujuk = await boot();
    expect(rujuk('referral')).toBeNull();
    expect(requests).toHaveLength(0);
  });

  it('with consent required, holds the referral in memory and stores and sends nothing until consent', async () => {
    const rujuk = await boot({ consent: 'required' });
    rujuk('convert', { event: 'signup' });
    expect((rujuk('referral') as { code: string }).code).toBe('ANNA42');
    expect(cookies()).toBe('');
    expect(localStorage.length).toBe(0);
    expect(requests).toHaveLength(0);
    rujuk('consent', true);
    expect(cookies()).toContain('rujuk_ref=1.ANNA42.');
    await vi.waitFor(() => expect(requests.map((request) => request.url.split('?')[0])).toHaveLength(2));
  });

  it('deletes what it stored when consent is withdrawn', async () => {
    const rujuk = await boot();
    localStorage.setItem('rujuk_token', 'pt_x');
    rujuk('consent', false);
    expect(cookies()).not.toContain('rujuk_');
    expect(localStorage.getItem('rujuk_token')).toBeNull();
    expect(localStorage.getItem('rujuk_queue')).toBeNull();
    expect(rujuk('referral')).toBeNull();
  });

  it('removes the referral parameters from the address bar with cleanUrl, keeping the others', async () => {
    await boot({ cleanUrl: '' });
    expect(location.search).toBe('?utm_source=news&keep=1');
  });

  it('rejects bad convert arguments with a clear message instead of throwing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const rujuk = await boot();
    const result = rujuk('convert', { event: 'purchase', amount: 49.99, currency: 'USD' }) as Promise<unknown>;
    await expect(result).rejects.toMatchObject({
      code: 'invalid_request',
      message: expect.stringMatching(/^\[rujuk\] convert: .*amount/),
    });
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
