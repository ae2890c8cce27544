import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, type Dataset } from '../test-support/configure.js';
import { network } from '../test-support/network.js';

const load = async (dataset?: Dataset) => {
  await configure(dataset);
  return import('./queue.js');
};

const stored = () => JSON.parse(localStorage.getItem('rujuk_queue') ?? '{}');
const body = { event: 'purchase', idempotencyKey: 'order-1' };

describe('queue', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.useFakeTimers();
    localStorage.clear();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('writes a conversion to storage before sending it and removes it on acknowledgement', async () => {
    const sent = network([{ status: 201, body: { conversion: { id: 'c1' }, duplicate: false } }]);
    const { enqueue } = await load();
    const result = enqueue('order-1', body, true);
    expect(stored()).toEqual({ 'order-1': body });
    await expect(result).resolves.toEqual({ conversion: { id: 'c1' }, duplicate: false });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.storedBefore).toBe(true);
    expect(sent[0]!.url).toBe('https://api.example/v1/conversions?key=pk_test');
    expect(stored()).toEqual({});
  });

  it('keeps an entry through network errors and 5xx, retrying with backoff until acknowledged', async () => {
    const sent = network(['offline', { status: 503 }, { status: 200, body: { duplicate: true } }]);
    const { enqueue } = await load();
    const result = enqueue('order-1', body, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);
    expect(stored()['order-1']).toBeDefined();
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(2);
    expect(stored()['order-1']).toBeDefined();
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent).toHaveLength(3);
    await expect(result).resolves.toEqual({ duplicate: true });
    expect(stored()).toEqual({});
    // Every attempt carried the same body, so the backend can dedupe on the key.
    expect(new Set(sent.map((request) => JSON.stringify(request.body))).size).toBe(1);
  });

  it('drops an entry on a final 4xx, rejecting with the problem and raising rujuk:error', async () => {
    network([{ status: 409, body: { code: 'idempotency_conflict', detail: 'Different body.' } }]);
    const { enqueue } = await load();
    const errors: unknown[] = [];
    addEventListener('rujuk:error', (event) => errors.push((event as CustomEvent).detail));
    await expect(enqueue('order-1', body, true)).rejects.toMatchObject({
      name: 'RujukError',
      code: 'idempotency_conflict',
      message: '[rujuk] convert: Different body.',
    });
    expect(stored()).toEqual({});
    expect(errors).toEqual([{ code: 'idempotency_conflict', message: '[rujuk] convert: Different body.' }]);
  });

  it('keeps an entry on 401 and 403, which the site owner can fix', async () => {
    const sent = network([{ status: 403, body: { code: 'origin_not_allowed' } }]);
    const { enqueue } = await load();
    enqueue('order-1', body, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);
    expect(stored()['order-1']).toBeDefined();
  });

  it('sends entries stored by an earlier page when it starts', async () => {
    localStorage.setItem(
      'rujuk_queue',
      JSON.stringify({ 'order-9': { event: 'purchase', idempotencyKey: 'order-9' } }),
    );
    const sent = network([]);
    const { retryNow, queueFlag } = await load();
    // The flag an earlier page set with its entry says storage holds something.
    document.cookie = queueFlag() + '=1; Path=/';
    retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((request) => request.body)).toEqual([{ event: 'purchase', idempotencyKey: 'order-9' }]);
    expect(stored()).toEqual({});
  });

  it.each([
    ['acknowledged', { status: 201, body: {} }],
    ['refused for good', { status: 409, body: { code: 'idempotency_conflict' } }],
  ] as const)(
    'sends an entry another tab stored while this one was sending, its own %s, so the shared queue drains',
    async (_, reply) => {
      const sent = network([reply]);
      const { enqueue } = await load();
      const result = enqueue('order-1', body, true);
      // Another tab of the origin stores its conversion while this tab's request is on its way.
      const other = { event: 'purchase', idempotencyKey: 'order-2' };
      localStorage.setItem('rujuk_queue', JSON.stringify({ ...stored(), 'order-2': other }));
      await result.catch(() => {});
      await vi.advanceTimersByTimeAsync(0);
      expect(sent.map((request) => request.body)).toEqual([body, other]);
      expect(stored()).toEqual({});
    },
  );

  it('keeps entries in memory when localStorage throws, and still delivers them', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const sent = network([{ status: 201 }]);
    const { enqueue } = await load();
    await expect(enqueue('order-1', body, true)).resolves.toBeDefined();
    expect(sent).toHaveLength(1);
  });

  it('neither stores nor sends without consent', async () => {
    const sent = network([]);
    const { enqueue } = await load({ consent: 'required' });
    enqueue('order-1', body, true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(0);
    expect(localStorage.getItem('rujuk_queue')).toBeNull();
  });

  it('hands pending entries to sendBeacon when the page goes away, keeping them queued', async () => {
    network(['offline']);
    const beacons: string[] = [];
    vi.stubGlobal('navigator', { sendBeacon: (url: string, data: string) => beacons.push(url + ' ' + data) });
    const { enqueue, flushBeacons } = await load();
    enqueue('order-1', body, true);
    await vi.advanceTimersByTimeAsync(0);
    flushBeacons();
    expect(beacons).toEqual(['https://api.example/v1/conversions?key=pk_test ' + JSON.stringify(body)]);
    expect(stored()['order-1']).toBeDefined();
  });

  it('stores a click not yet acknowledged when the page goes away, so the next page sends it again', async () => {
    network(['offline']);
    vi.stubGlobal('navigator', { sendBeacon: () => true });
    const { enqueue, flushBeacons } = await load();
    const click = { code: 'ANNA42', clickId: 'click-123456' };
    // A click waits in memory for idle time after load, which a visitor leaving early never reaches.
    enqueue('click-123456', click);
    expect(localStorage.getItem('rujuk_queue')).toBeNull();
    flushBeacons();
    expect(stored()).toEqual({ 'click-123456': click });
    expect(document.cookie).toContain('rujuk_q_');
  });

  it('leaves storage untouched when the page goes away with nothing pending', async () => {
    const { flushBeacons } = await load();
    const getItem = vi.spyOn(Storage.prototype, 'getItem');
    flushBeacons();
    expect(getItem).not.toHaveBeenCalled();
    expect(localStorage.getItem('rujuk_queue')).toBeNull();
  });

  it('lets nothing escape into timers and page listeners when the page broke JSON and fetch', async () => {
    network([]);
    const { enqueue, flushBeacons, retryNow } = await load();
    enqueue('order-1', body);
    vi.stubGlobal('fetch', () => {
      throw new Error('fetch replaced by the page');
    });
    vi.spyOn(JSON, 'stringify').mockImplementation(() => {
      throw new Error('JSON replaced by the page');
    });
    expect(() => retryNow()).not.toThrow();
    expect(() => flushBeacons()).not.toThrow();
    vi.mocked(JSON.stringify).mockRestore();
    vi.unstubAllGlobals();
    const sent = network([]);
    retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((s) => s.body)).toEqual([body]);
  });

  it('drops stored entries it did not write and still sends its own', async () => {
    localStorage.setItem('rujuk_queue', JSON.stringify({ a: 5, b: 'text', d: null }));
    const sent = network([]);
    const { enqueue } = await load();
    const result = enqueue('order-1', body, true);
    await vi.advanceTimersByTimeAsync(0);
    await expect(result).resolves.toEqual({});
    expect(sent.map((s) => s.body)).toEqual([body]);
    expect(localStorage.getItem('rujuk_queue')).toBeNull();
  });

  it('keeps a waiting entry waiting out its Retry-After when another conversion is reported meanwhile', async () => {
    const sent = network([
      { status: 503, retryAfter: '4' },
      { status: 503, retryAfter: '4' },
    ]);
    const { enqueue } = await load();
    enqueue('order-1', body, true);
    await vi.advanceTimersByTimeAsync(1000);
    const second = { event: 'signup', idempotencyKey: 'order-2' };
    enqueue('order-2', second, true);
    // Stored at once, sent with the first once the backend's wait is over.
    expect(stored()['order-2']).toEqual(second);
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent.map((request) => request.body)).toEqual([body]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.map((request) => request.body)).toEqual([body, body, second]);
  });

  it('keeps waiting out a Retry-After that came before the page picked up its stored entries', async () => {
    const sent = network([
      { status: 503, retryAfter: '4' },
      { status: 201, body: { duplicate: false } },
    ]);
    const { enqueue, resume } = await load();
    const result = enqueue('order-1', body, true);
    await vi.advanceTimersByTimeAsync(100);
    // What the page does in idle time after load, and on consent.
    resume();
    await vi.advanceTimersByTimeAsync(3800);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(sent).toHaveLength(2);
    await expect(result).resolves.toEqual({ duplicate: false });
  });

  it('retries at once when the browser comes back online, then waits out the Retry-After that attempt got', async () => {
    const sent = network(['offline', { status: 503, retryAfter: '4' }, { status: 201, body: { duplicate: false } }]);
    const { enqueue, retryNow } = await load();
    enqueue('order-1', body, true);
    await vi.advanceTimersByTimeAsync(100);
    // What the `online` listener does, during the 1 s backoff after the network error.
    retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(3900);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toHaveLength(3);
  });

  it('keeps its entries whole on a page with Prototype.js-style Array.prototype.toJSON', async () => {
    const toJSON = function (this: unknown[]) {
      return '[' + this.map((value) => JSON.stringify(value)).join(',') + ']';
    };
    Object.defineProperty(Array.prototype, 'toJSON', { value: toJSON, configurable: true });
    try {
      network(['offline']);
      const { enqueue } = await load();
      enqueue('order-1', body, true);
      await vi.advanceTimersByTimeAsync(0);
      vi.resetModules();
      const sent = network([]);
      const { retryNow } = await load();
      retryNow();
      await vi.advanceTimersByTimeAsync(0);
      expect(sent.map((request) => request.body)).toEqual([body]);
    } finally {
      delete (Array.prototype as { toJSON?: unknown }).toJSON;
    }
  });
});
