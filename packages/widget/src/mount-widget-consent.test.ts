import { describe, expect, it, vi } from 'vitest';
import { mountWidget } from './index.js';

// A backend that is down: enough for what the widget stores.
vi.stubGlobal(
  'fetch',
  vi.fn(async () => new Response(JSON.stringify({ code: 'internal_error' }), { status: 500 })),
);

type Rujuk = (command: string, ...args: unknown[]) => unknown;

describe('mountWidget with consent: "required"', () => {
  it('stores the trigger cap only after rujuk("consent", true), and deletes it after rujuk("consent", false)', async () => {
    vi.useFakeTimers();
    const element = document.createElement('div');
    document.body.append(element);
    const widget = mountWidget(element, {
      apiUrl: 'http://api.test',
      publishableKey: 'pk_test',
      trigger: 'delay:1',
      consent: 'required',
    });
    vi.advanceTimersByTime(1500);
    vi.useRealTimers();
    expect(localStorage.getItem('rujuk_widget_seen')).toBeNull();

    (window as unknown as { rujuk: Rujuk }).rujuk('consent', true);
    expect(localStorage.getItem('rujuk_widget_seen')).toBe('1');

    (window as unknown as { rujuk: Rujuk }).rujuk('consent', false);
    expect(localStorage.getItem('rujuk_widget_seen')).toBeNull();
    widget.unmount();
  });
});
