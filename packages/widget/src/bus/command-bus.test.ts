import { afterEach, describe, expect, it, vi } from 'vitest';
import { callCommand, installCommandBus } from './command-bus.js';

type Bus = ((...args: unknown[]) => unknown) & { q?: unknown[][]; h?: Record<string, unknown> };
const w = window as unknown as { rujuk?: Bus };

// The documented stub, as a site pastes it: `window.rujuk=window.rujuk||function(){(rujuk.q=rujuk.q||[]).push(arguments)}`.
function pasteStub() {
  w.rujuk =
    w.rujuk ||
    (function (this: unknown) {
      const stub = w.rujuk!;
      stub.q = stub.q || [];
      // biome-ignore lint/complexity/noArguments: the documented stub queues `arguments` objects
      stub.q.push(arguments as unknown as unknown[]);
    } as Bus);
}

afterEach(() => {
  delete w.rujuk;
});

describe('installCommandBus', () => {
  it('replays queued calls it handles, in order, and leaves the others queued', () => {
    pasteStub();
    w.rujuk!('open', { title: 'a' });
    w.rujuk!('convert', 'signup');
    w.rujuk!('close');
    const calls: string[] = [];
    installCommandBus({ open: () => calls.push('open'), close: () => calls.push('close') });
    expect(calls).toEqual(['open', 'close']);
    expect(w.rujuk!.q!.map((args) => Array.from(args)[0])).toEqual(['convert']);
  });

  it('dispatches later calls straight to handlers and returns their result', () => {
    pasteStub();
    installCommandBus({ open: (value) => `opened ${value}` });
    expect(w.rujuk!('open', 'now')).toBe('opened now');
  });

  it('works without a stub on the page', () => {
    const open = vi.fn();
    installCommandBus({ open });
    w.rujuk!('open');
    expect(open).toHaveBeenCalledOnce();
  });

  it('shares one dispatcher with another Rujuk script, keeping its handlers and queue', () => {
    pasteStub();
    w.rujuk!('convert', 'purchase');
    const convert = vi.fn();
    installCommandBus({ convert });
    const dispatcher = w.rujuk;
    w.rujuk!('open');
    const open = vi.fn();
    installCommandBus({ open });
    expect(w.rujuk).toBe(dispatcher);
    expect(open).toHaveBeenCalledOnce();
    w.rujuk!('convert', 'signup');
    expect(convert.mock.calls).toEqual([['purchase'], ['signup']]);
  });

  it("leaves someone else's window.rujuk alone and warns once", () => {
    const foreign = () => 'mine';
    w.rujuk = foreign;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(installCommandBus({ open: () => {} })).toBe(false);
    expect(w.rujuk).toBe(foreign);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('keeps replaying the rest of the queue when one handler throws', () => {
    pasteStub();
    w.rujuk!('open');
    w.rujuk!('close');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const close = vi.fn();
    installCommandBus({
      open: () => {
        throw new Error('boom');
      },
      close,
    });
    expect(close).toHaveBeenCalledOnce();
    error.mockRestore();
  });
});

describe('callCommand', () => {
  it('queues a call for a script that has not loaded yet', () => {
    installCommandBus({});
    callCommand('identify', { code: 'ANNA42' });
    expect(Array.from(w.rujuk!.q![0]!)).toEqual(['identify', { code: 'ANNA42' }]);
  });
});
