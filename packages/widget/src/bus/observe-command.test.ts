import { afterEach, describe, expect, it, vi } from 'vitest';
import { installCommandBus } from './command-bus.js';
import { observeCommand } from './observe-command.js';

type Bus = ((...args: unknown[]) => unknown) & { q?: unknown[][]; h?: Record<string, (...args: unknown[]) => unknown> };
const w = window as unknown as { rujuk?: Bus };

// Registers a handler as the snippet does: by assigning it to the shared table.
const registerLikeTheSnippet = (name: string, handler: (...args: unknown[]) => unknown) => {
  w.rujuk!.h![name] = handler;
};

afterEach(() => {
  delete w.rujuk;
});

describe('observeCommand', () => {
  it('hears every call of a command the snippet registered first, and the snippet still answers it', () => {
    installCommandBus({});
    const snippet = vi.fn(() => 'answered');
    registerLikeTheSnippet('consent', snippet);
    const heard = vi.fn();
    observeCommand('consent', heard);
    expect(w.rujuk!('consent', true)).toBe('answered');
    expect(heard).toHaveBeenCalledWith(true);
    expect(snippet).toHaveBeenCalledWith(true);
  });

  it('hears calls made before the snippet registers, and keeps them queued for it', () => {
    installCommandBus({});
    const heard = vi.fn();
    observeCommand('consent', heard);
    w.rujuk!('consent', false);
    expect(heard).toHaveBeenCalledWith(false);
    expect(w.rujuk!.q!.map((call) => Array.from(call))).toEqual([['consent', false]]);

    // The snippet registers later, then replays the queue: its handler runs, behind the observer.
    const snippet = vi.fn();
    registerLikeTheSnippet('consent', snippet);
    for (const call of w.rujuk!.q!.splice(0)) w.rujuk!(...Array.from(call));
    w.rujuk!('consent', true);
    expect(snippet.mock.calls).toEqual([[false], [true]]);
    expect(heard.mock.calls).toEqual([[false], [false], [true]]);
  });

  it('hears calls already waiting in the queue', () => {
    w.rujuk = Object.assign(() => undefined, { q: [['open'], ['consent', true]] });
    installCommandBus({});
    const heard = vi.fn();
    observeCommand('consent', heard);
    expect(heard).toHaveBeenCalledWith(true);
  });

  it('does nothing without a Rujuk bus', () => {
    expect(() => observeCommand('consent', () => undefined)).not.toThrow();
    expect(w.rujuk).toBeUndefined();
  });
});
