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
const drain = () => (state ? state.logs.splice(0) : []);
const pack = (value) => {
  if (value === undefined) return { u: 1 };
  try { const j = JSON.stringify(value); return j === undefined ? { u: 1 } : { j }; } catch { return { j: 'null' }; }
};
const fail = (error) => done({ err: error instanceof Error ? String(error) : 'Error: ' + String(error), logs: drain(), href: location.href });
try {
  Promise.resolve((async () => { ${body}\n })()).then((value) => done({ ok: pack(value), logs: drain(), href: location.href }), fail);
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
