// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Bus, installBus, isOurs, listen } from './bus.js';
import { callCommand, hasCommand } from './call.js';

const w = window as unknown as { rujuk?: Bus | ((...args: unknown[]) => unknown) };
const bus = () => w.rujuk as Bus;

// The documented stub, as a site pastes it: `window.rujuk=window.rujuk||function(){(rujuk.q=rujuk.q||[]).push(arguments)}`.
function pasteStub() {
  w.rujuk =
    w.rujuk ||
    (function (this: unknown) {
      const stub = w.rujuk as Bus;
      stub.q = stub.q || [];
      // biome-ignore lint/complexity/noArguments: the documented stub queues `arguments` objects
      stub.q.push(arguments);
    } as unknown as Bus);
}

const queued = () => bus().q.map((call) => Array.from(call));

afterEach(() => {
  delete w.rujuk;
  vi.restoreAllMocks();
});

describe('isOurs', () => {
  it('recognises the documented stub, reformatted or not, before its first call', () => {
    pasteStub();
    expect(isOurs(w.rujuk)).toBeTruthy();
    // A code formatter's version of the same stub.
    w.rujuk = function () {
      const stub = w.rujuk as Bus;
      stub.q ||= [];
      // biome-ignore lint/complexity/noArguments: the stub's own shape
      stub.q.push(arguments);
    } as unknown as Bus;
    expect(isOurs(w.rujuk)).toBeTruthy();
    expect(isOurs(undefined)).toBeTruthy();
  });

  it("refuses someone else's function or value", () => {
    expect(isOurs(() => 'mine')).toBeFalsy();
    expect(isOurs({ q: [] })).toBeFalsy();
    expect(isOurs('rujuk')).toBeFalsy();
  });
});

describe('installBus', () => {
  it('replays queued calls it answers, in order, and leaves the others queued', () => {
    pasteStub();
    w.rujuk!('open', { title: 'a' });
    w.rujuk!('convert', 'signup');
    w.rujuk!('close');
    const calls: string[] = [];
    installBus({ open: () => calls.push('open'), close: () => calls.push('close') });
    expect(calls).toEqual(['open', 'close']);
    expect(queued()).toEqual([['convert', 'signup']]);
  });

  it('dispatches later calls straight to handlers and returns their result', () => {
    pasteStub();
    installBus({ open: (value) => `opened ${value}` });
    expect(w.rujuk!('open', 'now')).toBe('opened now');
  });

  it('works without a stub on the page', () => {
    const open = vi.fn();
    installBus({ open });
    w.rujuk!('open');
    expect(open).toHaveBeenCalledOnce();
  });

  it('shares one dispatcher between scripts, keeping their handlers and queue', () => {
    pasteStub();
    w.rujuk!('convert', 'purchase');
    const convert = vi.fn();
    installBus({ convert });
    const dispatcher = w.rujuk;
    w.rujuk!('open');
    const open = vi.fn();
    expect(installBus({ open })).toBe(dispatcher);
    expect(w.rujuk).toBe(dispatcher);
    expect(open).toHaveBeenCalledOnce();
    w.rujuk!('convert', 'signup');
    expect(convert.mock.calls).toEqual([['purchase'], ['signup']]);
  });

  it("leaves someone else's window.rujuk alone and warns once, with the log prefix", () => {
    const foreign = () => 'mine';
    w.rujuk = foreign;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(installBus({ open: () => {} })).toBeUndefined();
    expect(w.rujuk).toBe(foreign);
    expect(warn).toHaveBeenCalledExactlyOnceWith('[rujuk] window.rujuk is taken');
  });

  it('guards every handler: a throwing one neither reaches the caller nor stops the replay', () => {
    pasteStub();
    w.rujuk!('open');
    w.rujuk!('close');
    const close = vi.fn();
    installBus({
      open: () => {
        throw new Error('boom');
      },
      close,
    });
    expect(close).toHaveBeenCalledOnce();
    expect(() => w.rujuk!('open')).not.toThrow();
  });
});

describe('listen', () => {
  it('lets several listeners hear a command that a handler answers, registered before or after them', () => {
    const first = vi.fn();
    const second = vi.fn();
    listen('consent', first);
    const answer = vi.fn(() => 'answered');
    installBus({ consent: answer });
    listen('consent', second);
    expect(w.rujuk!('consent', true)).toBe('answered');
    expect(first).toHaveBeenCalledExactlyOnceWith(true);
    expect(second).toHaveBeenCalledExactlyOnceWith(true);
    expect(answer).toHaveBeenCalledExactlyOnceWith(true);
  });

  it('hears calls nobody answers yet, keeps them queued, and does not hear them again when replayed', () => {
    const heard = vi.fn();
    listen('consent', heard);
    w.rujuk!('consent', false);
    expect(heard.mock.calls).toEqual([[false]]);
    expect(queued()).toEqual([['consent', false]]);

    const answer = vi.fn();
    installBus({ consent: answer });
    w.rujuk!('consent', true);
    expect(answer.mock.calls).toEqual([[false], [true]]);
    expect(heard.mock.calls).toEqual([[false], [true]]);
  });

  it('hears at once the calls already waiting in the stub, only those of its command', () => {
    pasteStub();
    w.rujuk!('open');
    w.rujuk!('consent', true);
    const heard = vi.fn();
    listen('consent', heard);
    expect(heard.mock.calls).toEqual([[true]]);
  });

  it('keeps a throwing listener away from the caller, the handler and the other listeners', () => {
    listen('consent', () => {
      throw new Error('boom');
    });
    const other = vi.fn();
    listen('consent', other);
    const answer = vi.fn(() => 'ok');
    installBus({ consent: answer });
    expect(w.rujuk!('consent', true)).toBe('ok');
    expect(other).toHaveBeenCalledOnce();
  });

  it("hears nothing, changes nothing and adds no warning of its own on someone else's window.rujuk", () => {
    const foreign = vi.fn();
    w.rujuk = foreign;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const heard = vi.fn();
    listen('consent', heard);
    expect(w.rujuk).toBe(foreign);
    expect(heard).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('callCommand and hasCommand', () => {
  it('queues a call for a script that has not loaded yet, and tells whether a command is answered', () => {
    installBus({});
    expect(hasCommand('identify')).toBe(false);
    callCommand('identify', { code: 'ANNA42' });
    expect(queued()).toEqual([['identify', { code: 'ANNA42' }]]);
    installBus({ identify: () => 'known' });
    expect(hasCommand('identify')).toBe(true);
    expect(callCommand('identify', {})).toBe('known');
  });

  it("never calls someone else's window.rujuk", () => {
    const foreign = vi.fn();
    w.rujuk = foreign;
    expect(callCommand('open')).toBeUndefined();
    expect(hasCommand('open')).toBe(false);
    expect(foreign).not.toHaveBeenCalled();
  });
});
