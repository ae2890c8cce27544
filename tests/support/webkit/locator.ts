import { setTimeout as pause } from 'node:timers/promises';
import type { WkPage } from './page.js';
import { inPageLibrary } from './script.js';

/** A text to match: a string (substring, or exact) or a RegExp, packed for the page. */
type Text = { s: string } | { re: string; flags: string };
const text = (value: string | RegExp): Text =>
  value instanceof RegExp ? { re: value.source, flags: value.flags } : { s: value };

/** One step of a locator, resolved in the page by `in-page.js`. */
export type Step =
  | { css: string }
  | { role: string; name?: Text; exact?: boolean; level?: number; includeHidden?: boolean; [state: string]: unknown }
  | { label: Text; exact?: boolean }
  | { text: Text; exact?: boolean }
  | { nth: number }
  | { union: Step[][] };

/** Options of `getByRole`. */
export interface RoleOptions {
  name?: string | RegExp;
  exact?: boolean;
  level?: number;
  includeHidden?: boolean;
  checked?: boolean;
  pressed?: boolean;
  expanded?: boolean;
  selected?: boolean;
}

const DEFAULT_TIMEOUT = 30_000;

/** Playwright's `Locator` for WebKit: steps resolved in the page at each use, actions retried until ready. */
export class WkLocator {
  constructor(
    private readonly page: WkPage,
    private readonly steps: Step[],
  ) {}

  private describe(): string {
    return `locator(${JSON.stringify(this.steps)})`;
  }
  private with(step: Step): WkLocator {
    return new WkLocator(this.page, [...this.steps, step]);
  }
  /** Runs `body` in the page with `elements` (the matches) and `lib` in scope. */
  private run<T>(body: string, arg?: unknown): Promise<T> {
    return this.page.runInPage<T>(
      `const lib = ${inPageLibrary}; const elements = lib.find(args.steps); const arg = args.arg;
const one = () => lib.strict(elements, args.description);
${body}`,
      { steps: this.steps, arg, description: this.describe() },
    );
  }
  /** Runs `body` until it answers something other than `{ wait }`, or fails with the last reason. */
  private async until<T>(body: string, arg: unknown, timeout = DEFAULT_TIMEOUT): Promise<T> {
    const deadline = Date.now() + timeout;
    let reason = 'nothing tried';
    while (true) {
      const answer = await this.run<T | { wait: string }>(body, arg).catch((error: Error) => {
        if (/strict mode violation/.test(error.message)) throw error;
        return { wait: error.message };
      });
      if (!(answer && typeof answer === 'object' && 'wait' in answer)) return answer as T;
      reason = answer.wait;
      if (Date.now() > deadline) throw new Error(`${this.describe()}: timed out after ${timeout} ms: ${reason}`);
      await pause(50);
    }
  }

  locator(selector: string): WkLocator {
    return this.with({ css: selector });
  }
  getByRole(role: string, options: RoleOptions = {}): WkLocator {
    const { name, ...rest } = options;
    return this.with({ role, ...rest, ...(name === undefined ? {} : { name: text(name) }) });
  }
  getByLabel(label: string | RegExp, options: { exact?: boolean } = {}): WkLocator {
    return this.with({ label: text(label), exact: options.exact });
  }
  getByText(value: string | RegExp, options: { exact?: boolean } = {}): WkLocator {
    return this.with({ text: text(value), exact: options.exact });
  }
  /** The elements of this locator and of `other`. */
  or(other: WkLocator): WkLocator {
    return new WkLocator(this.page, [{ union: [this.steps, other.steps] }]);
  }
  nth(index: number): WkLocator {
    return this.with({ nth: index });
  }
  first(): WkLocator {
    return this.nth(0);
  }
  last(): WkLocator {
    return this.nth(-1);
  }
  async all(): Promise<WkLocator[]> {
    return Array.from({ length: await this.count() }, (_, index) => this.nth(index));
  }
  count(): Promise<number> {
    return this.run('return elements.length;');
  }
  textContent(): Promise<string | null> {
    return this.until('const e = one(); return e ? e.textContent : { wait: "no element matches" };', undefined);
  }
  innerText(): Promise<string> {
    return this.until('const e = one(); return e ? e.innerText : { wait: "no element matches" };', undefined);
  }
  inputValue(): Promise<string> {
    return this.until('const e = one(); return e ? e.value : { wait: "no element matches" };', undefined);
  }
  getAttribute(name: string): Promise<string | null> {
    return this.until('const e = one(); return e ? e.getAttribute(arg) : { wait: "no element matches" };', name);
  }
  isVisible(): Promise<boolean> {
    return this.run('return elements[0] ? lib.visible(elements[0]) : false;');
  }
  async isHidden(): Promise<boolean> {
    return !(await this.isVisible());
  }
  boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null> {
    return this.run(
      'const e = one(); if (!e) return null; const b = e.getBoundingClientRect(); return { x: b.left, y: b.top, width: b.width, height: b.height };',
    );
  }
  evaluate<R, A>(fn: (element: Element, arg: A) => R, arg?: A): Promise<R> {
    return this.until(
      `const e = one(); if (!e) return { wait: "no element matches" }; return (${fn.toString()})(e, arg);`,
      arg,
    );
  }
  async waitFor(
    options: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number } = {},
  ): Promise<void> {
    const state = options.state ?? 'visible';
    await this.until(
      `const e = one();
const ok = arg === 'attached' ? !!e : arg === 'detached' ? !e : arg === 'visible' ? !!e && lib.visible(e) : !e || !lib.visible(e);
return ok ? true : { wait: 'not ' + arg };`,
      state,
      options.timeout,
    );
  }
  async scrollIntoViewIfNeeded(): Promise<void> {
    await this.until(
      `const e = one(); if (!e) return { wait: "no element matches" };
const b = e.getBoundingClientRect();
if (b.top < 0 || b.bottom > innerHeight) e.scrollIntoView({ block: 'center', behavior: 'instant' });
return true;`,
      undefined,
    );
  }
  async focus(): Promise<void> {
    await this.until(
      'const e = one(); if (!e) return { wait: "no element matches" }; e.focus(); return true;',
      undefined,
    );
  }
  /** Clicks the element's centre with a real pointer, once it is visible, enabled, still and not covered. */
  async click(options: { timeout?: number } = {}): Promise<void> {
    const deadline = Date.now() + (options.timeout ?? DEFAULT_TIMEOUT);
    while (true) {
      const first = await this.until<{ x: number; y: number; box: number[] }>(
        'return lib.clickPoint(one());',
        undefined,
        Math.max(0, deadline - Date.now()),
      );
      await pause(32);
      const second = await this.until<{ x: number; y: number; box: number[] }>(
        'return lib.clickPoint(one());',
        undefined,
        Math.max(0, deadline - Date.now()),
      );
      if (JSON.stringify(first.box) === JSON.stringify(second.box)) return this.page.mouse.click(second.x, second.y);
      if (Date.now() > deadline)
        throw new Error(`${this.describe()}: timed out waiting for the element to stop moving`);
    }
  }
  /** Sets an input's value as typing would end, with `input` and `change` events. */
  async fill(value: string): Promise<void> {
    await this.until(
      `const e = one(); if (!e) return { wait: 'no element matches' };
if (!lib.visible(e)) return { wait: 'element is not visible' };
if (e.disabled || e.readOnly) return { wait: 'element is not editable' };
e.focus();
const proto = e instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
Object.getOwnPropertyDescriptor(proto, 'value').set.call(e, arg);
e.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: arg }));
e.dispatchEvent(new Event('change', { bubbles: true }));
return true;`,
      value,
    );
  }
  async press(key: string): Promise<void> {
    await this.focus();
    await this.page.keyboard.press(key);
  }
}
