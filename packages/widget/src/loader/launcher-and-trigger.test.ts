import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The loader's script tag, and the popup the launcher and the trigger open: stand-ins for the page's
// `<script>` element and for the UI module, which these tests do not download.
const page = vi.hoisted(() => ({ script: null as HTMLScriptElement | null }));
const openFrom = vi.hoisted(() => vi.fn(async () => {}));
vi.mock('./page-script.js', () => page);
vi.mock('./popup.js', () => ({ openFrom }));

const { configureFromScript } = await import('./launcher-and-trigger.js');

const host = () => document.querySelector<HTMLElement>('[data-rujuk-launcher-host]');

beforeEach(() => {
  localStorage.clear();
  page.script = document.createElement('script');
  document.head.append(page.script);
});

afterEach(() => {
  // Removes the launcher and disarms the trigger between tests.
  page.script?.setAttribute('data-rujuk-launcher', 'false');
  page.script?.removeAttribute('data-rujuk-trigger');
  configureFromScript();
  page.script?.remove();
  openFrom.mockClear();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("the script tag's launcher and trigger", () => {
  it('shows the launcher in the corner and accent the script tag sets', () => {
    page.script!.setAttribute('data-rujuk-launcher', 'Get $10');
    page.script!.setAttribute('data-rujuk-position', 'top-left');
    page.script!.setAttribute('data-rujuk-accent', '#0f766e');
    configureFromScript();
    expect(host()!.getAttribute('data-rujuk-launcher-host')).toBe('top-left');
    expect(host()!.style.getPropertyValue('--rujuk-accent')).toBe('#0f766e');
    host()!.shadowRoot!.querySelector('button')!.click();
    expect(openFrom).toHaveBeenCalledWith(null);
  });

  it('refuses the accent, position and frequency the parser refuses, with its warnings, and uses the defaults', () => {
    vi.useFakeTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    page.script!.setAttribute('data-rujuk-launcher', '');
    page.script!.setAttribute('data-rujuk-accent', 'red; background: url(x)');
    page.script!.setAttribute('data-rujuk-position', 'top-center');
    page.script!.setAttribute('data-rujuk-trigger', 'delay:1');
    page.script!.setAttribute('data-rujuk-frequency', 'hourly');
    configureFromScript();
    expect(warn.mock.calls.map(([message]) => message)).toEqual([
      '[rujuk] ignoring invalid position: "top-center"',
      '[rujuk] ignoring invalid accent: "red; background: url(x)"',
      '[rujuk] ignoring invalid frequency: "hourly"',
    ]);
    // The default position, `modal`, puts the launcher bottom right; no accent is set on it.
    expect(host()!.getAttribute('data-rujuk-launcher-host')).toBe('modal');
    expect(host()!.style.getPropertyValue('--rujuk-accent')).toBe('');
    vi.advanceTimersByTime(1000);
    // The trigger opens the popup capped at the default frequency, `once`.
    expect(openFrom).toHaveBeenCalledWith(null, 'once');
  });

  it('takes a refused accent off the launcher when the script tag changes, and arms a changed trigger', () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    page.script!.setAttribute('data-rujuk-launcher', '');
    page.script!.setAttribute('data-rujuk-accent', '#0f766e');
    configureFromScript();
    page.script!.setAttribute('data-rujuk-accent', 'red}');
    page.script!.setAttribute('data-rujuk-trigger', 'delay:1');
    page.script!.setAttribute('data-rujuk-frequency', 'always');
    configureFromScript();
    expect(host()!.style.getPropertyValue('--rujuk-accent')).toBe('');
    vi.advanceTimersByTime(1000);
    expect(openFrom).toHaveBeenCalledWith(null, 'always');
  });
});
