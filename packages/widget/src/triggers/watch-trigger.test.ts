import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseTrigger } from '../options/parse-options.js';
import { markAutoOpened } from './frequency.js';
import { watchTrigger } from './watch-trigger.js';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => vi.useRealTimers());

describe('watchTrigger', () => {
  it('opens after delay:N seconds', () => {
    vi.useFakeTimers();
    const open = vi.fn();
    watchTrigger(parseTrigger('delay:3'), 'always', open);
    vi.advanceTimersByTime(2900);
    expect(open).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(open).toHaveBeenCalledOnce();
  });

  it('opens once the page is scrolled past scroll:N%', () => {
    const open = vi.fn();
    Object.defineProperty(document.documentElement, 'scrollHeight', { value: 3000, configurable: true });
    Object.defineProperty(window, 'innerHeight', { value: 1000, configurable: true });
    watchTrigger(parseTrigger('scroll:50%'), 'always', open);
    Object.defineProperty(window, 'scrollY', { value: 500, configurable: true });
    window.dispatchEvent(new Event('scroll'));
    expect(open).not.toHaveBeenCalled();
    Object.defineProperty(window, 'scrollY', { value: 1000, configurable: true });
    window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('scroll'));
    expect(open).toHaveBeenCalledOnce();
  });

  it('opens when the pointer leaves through the top of the viewport', () => {
    const open = vi.fn();
    watchTrigger(parseTrigger('exit-intent'), 'always', open);
    document.dispatchEvent(new MouseEvent('mouseout', { clientY: 300 }));
    expect(open).not.toHaveBeenCalled();
    document.dispatchEvent(new MouseEvent('mouseout', { clientY: -2 }));
    expect(open).toHaveBeenCalledOnce();
  });

  it('opens after the snippet reports a conversion', () => {
    const open = vi.fn();
    watchTrigger(parseTrigger('after-convert'), 'always', open);
    window.dispatchEvent(new CustomEvent('rujuk:convert', { detail: { event: 'purchase' } }));
    expect(open).toHaveBeenCalledOnce();
  });

  it('opens only once per visitor with frequency once, across page views', () => {
    // The opener records each automatic open, as the loader and mountWidget do once the popup shows.
    const first = vi.fn(() => markAutoOpened('once'));
    watchTrigger(parseTrigger('after-convert'), 'once', first);
    window.dispatchEvent(new CustomEvent('rujuk:convert'));
    const second = vi.fn(() => markAutoOpened('once'));
    watchTrigger(parseTrigger('after-convert'), 'once', second);
    window.dispatchEvent(new CustomEvent('rujuk:convert'));
    expect(first).toHaveBeenCalledOnce();
    expect(second).not.toHaveBeenCalled();
    expect(localStorage.getItem('rujuk_widget_seen')).toBe('1');
  });

  it('arms nothing for a visitor already capped, even if the cap is deleted later on the page', () => {
    vi.useFakeTimers();
    markAutoOpened('once');
    const open = vi.fn();
    watchTrigger(parseTrigger('delay:1'), 'once', open);
    // Consent withdrawn: the widget deletes what it stored, the cap with it.
    localStorage.clear();
    vi.advanceTimersByTime(1000);
    expect(open).not.toHaveBeenCalled();
  });

  it('never opens on its own for the click trigger, and stops when disarmed', () => {
    vi.useFakeTimers();
    const open = vi.fn();
    watchTrigger(parseTrigger('click'), 'always', open);
    const disarm = watchTrigger(parseTrigger('delay:1'), 'always', open);
    disarm();
    vi.advanceTimersByTime(5000);
    expect(open).not.toHaveBeenCalled();
  });
});
