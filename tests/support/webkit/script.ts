import { readFileSync } from 'node:fs';

/** A JS file of this folder as an expression: its leading comment and final semicolon cut. */
function expression(file: string): string {
  return readFileSync(new URL(file, import.meta.url), 'utf8')
    .replace(/^(\/\/.*\n)+/, '')
    .trim()
    .replace(/;$/, '');
}

/** The locator engine that runs in the page (`in-page.js`), as an expression that makes it. */
export const inPageLibrary = `(${expression('./in-page.js')})()`;

/** The first script of every document, for a context that is offline or not. */
export const preamble = (offline: boolean): string => `(${expression('./preamble.js')})(${offline});`;

/** What the page recorded since the last command: console messages, uncaught errors, dialogs. */
export type PageLog =
  | { kind: 'console'; type: string; text: string }
  | { kind: 'pageerror'; message: string }
  | { kind: 'dialog'; type: string; message: string };

/** What an in-page run answers. */
export interface InPageAnswer {
  ok?: { u: 1 } | { j: string };
  /** The page's address when it answered. */
  href?: string;
  err?: string;
  logs: PageLog[];
}

/**
 * A WebDriver async script that runs `body` (an async function body; `args` is its argument) and
 * answers its JSON-packed result along with the page's log. The body is part of the WebDriver script,
 * so a page's CSP does not stop it.
 */
export function inPageScript(body: string): string {
  return `const done = arguments[arguments.length - 1];
const args = arguments[0];
const state = window[Symbol.for('rujuk.webkit')];
// The page's own JSON.stringify is back before this script runs, even when the timer that restores it
// after the previous answer has not fired yet.
state?.restore?.();
const { stringify, keys, isArray } = state ? state.builtins : { stringify: JSON.stringify, keys: Object.keys, isArray: Array.isArray };
// JSON written by hand from the kept builtins: a page may break JSON, or pollute prototypes with toJSON.
const json = (value, seen) => {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'string') return stringify(value);
  if (typeof value !== 'object' || seen.has(value)) return undefined;
  if (value instanceof Date) return stringify(value.toISOString());
  seen.add(value);
  let out;
  if (isArray(value)) {
    const items = [];
    for (let i = 0; i < value.length; i++) items[i] = json(value[i], seen) ?? 'null';
    out = '[' + items.join(',') + ']';
  } else {
    const fields = [];
    for (const key of keys(value)) {
      const field = json(value[key], seen);
      if (field !== undefined) fields[fields.length] = stringify(key) + ':' + field;
    }
    out = '{' + fields.join(',') + '}';
  }
  seen.delete(value);
  return out;
};
const drain = () => (state ? state.logs.splice(0) : []);
// WebKit's driver serializes the answer with the page's JSON.stringify, after the script: the kept one
// stands in until the next task or the next script, whichever comes first, on the rare page that replaced it.
const finish = (answer) => {
  const text = json({ ...answer, logs: drain(), href: location.href }, new Set());
  const own = JSON.stringify;
  JSON.stringify = stringify;
  done(text);
  if (own !== stringify) {
    // Once only: a timer firing after a later script took over must not touch that script's stand-in.
    const restore = () => {
      if (state && state.restore !== restore) return;
      JSON.stringify = own;
      if (state) state.restore = undefined;
    };
    if (state) state.restore = restore;
    setTimeout(restore);
  }
};
const pack = (value) => {
  const j = json(value, new Set());
  return j === undefined ? { u: 1 } : { j };
};
const fail = (error) => finish({ err: error instanceof Error ? String(error) : 'Error: ' + String(error) });
try {
  Promise.resolve((async () => { ${body}\n })()).then((value) => finish({ ok: pack(value) }), fail);
} catch (error) { fail(error); }`;
}

/** Unpacks what {@link inPageScript} packed. */
export function unpack(answer: InPageAnswer): unknown {
  if (answer.err !== undefined) throw new Error(answer.err);
  if (!answer.ok || 'u' in answer.ok) return undefined;
  return JSON.parse(answer.ok.j);
}

/** A Playwright-style page function (or expression string) as the body of an in-page run. */
export function callBody(fn: string | ((...args: never[]) => unknown), hasArg: boolean): string {
  if (typeof fn === 'string')
    return /^\s*(async\s*)?(\(|function\b|[\w$]+\s*=>)/.test(fn) ? `return (${fn})(args);` : `return (${fn});`;
  return hasArg ? `return (${fn.toString()})(args);` : `return (${fn.toString()})();`;
}
