import { readBuilt } from '../contenders/paths.js';
import { benchPage } from '../page/bench-page.js';
import { type BackendRef, type PageContender, REFERRAL_CODE } from '../page/page-contenders.js';
import type { Site } from '../page/site.js';
import type { ScriptMatch } from './trace-cost.js';

/** One way of loading the shared page whose script's main-thread time is measured. */
export interface SnippetVariant {
  id: 'no-referral' | 'landing' | 'landing-form' | 'floor' | 'minimal' | 'deferred' | 'empty';
  name: string;
  /** Path and query of the page, on the bench site. */
  path: string;
  /** Path of the one script whose time is counted, or the path prefix of every script counted. */
  script: ScriptMatch;
}

const RUJUK = '/packages/attribution/dist/rujuk.global.js';
/**
 * Every file of Rujuk's snippet: the one the tag loads and any file it loads from the same folder
 * (`rujuk.<name>.js`), all of it the snippet's cost to the page.
 */
const RUJUK_FILES = { prefix: '/packages/attribution/dist/rujuk.' };
const FLOOR = '/c/snippet/floor.js';
const MINIMAL = '/c/snippet/minimal.js';
const DEFERRED = '/c/snippet/deferred.js';
const EMPTY = '/c/snippet/empty.js';

/**
 * The least any referral snippet must do on a landing: read its cookie and write it once. Reading
 * `document.cookie` the first time in a fresh context is a synchronous round trip to the browser
 * process, which is most of the cost of a small script.
 */
export const FLOOR_SCRIPT =
  "document.cookie.match(/(?:^|; )floor=([^;]*)/);document.cookie='floor=1; Path=/; SameSite=Lax; Max-Age=7776000'";

/**
 * The least a capture does on a landing, written by hand with nothing else: its tag's key and
 * backend, the code from the query, the bot check, one cookie read and write, the `captured` event
 * and a page-hide listener (the click itself waits for idle time and is left out). Every browser API
 * touched for the first time in a fresh page costs a fraction of a millisecond, so this row shows
 * how far above the floor any real capture starts.
 */
export const MINIMAL_SCRIPT = `(function(){try{var s=document.currentScript.dataset,k=s.key,a=s.api;
var m=/[?&](?:ref|via)=([A-Za-z\\d][\\w-]{2,31})(?:&|$)/i.exec(location.search);
if(m&&!navigator.webdriver&&!/bot|crawl|spider|headless/i.test(navigator.userAgent)){
var c=document.cookie.match(/(?:^|; )rujuk_ref=([^;]*)/),id=Date.now().toString(36)+Math.random().toString(36).slice(2);
document.cookie='rujuk_ref=1.'+m[1].toUpperCase()+'.'+id+'.'+Date.now().toString(36)+'; Path=/; SameSite=Lax; Max-Age=7776000';
dispatchEvent(new CustomEvent('rujuk:captured',{detail:{code:m[1]}}));addEventListener('pagehide',function(){})}}catch(e){}})()`;

/**
 * The least a snippet that leaves its work to after load does before load on a page without a
 * referral, written by hand: look for a query, put a stand-in stub in place of the documented one
 * (so a call starts the work at once), listen for the load event. The page has the stub in its head,
 * like Rujuk's, so this row shows where any such snippet starts against the goal of 0.5 ms.
 */
export const DEFERRED_SCRIPT = `(function(){try{var w=window,r=w.rujuk;if(!document.URL.includes('?')&&(!r||!r.h)){
var q=r&&r.q||[],s=function(){return q.push(arguments)};s.q=q;w.rujuk=s;addEventListener('load',function(){})}}catch(e){}})()`;

/** The sign-up form of the form landing: the snippet gives it a hidden `rujuk_ref` input in idle time after load. */
export const SIGNUP_FORM =
  '<form data-rujuk action="/signup" method="post"><input type="email" name="email" aria-label="Email" required>' +
  '<button type="submit">Sign up</button></form>';

/**
 * The variants, all on the bench page: Rujuk's snippet without a referral, on a landing and on a
 * landing with a form to fill, then the floor, the hand-written captures and an empty script.
 */
export const SNIPPET_VARIANTS: readonly SnippetVariant[] = [
  { id: 'no-referral', name: '@rujuk/attribution, page without referral', path: '/snippet/rujuk', script: RUJUK_FILES },
  {
    id: 'landing',
    name: `@rujuk/attribution, landing ?ref=${REFERRAL_CODE}`,
    path: `/snippet/rujuk?ref=${REFERRAL_CODE}`,
    script: RUJUK_FILES,
  },
  {
    id: 'landing-form',
    name: `@rujuk/attribution, landing ?ref=${REFERRAL_CODE} with a form[data-rujuk]`,
    path: `/snippet/rujuk-form?ref=${REFERRAL_CODE}`,
    script: RUJUK_FILES,
  },
  {
    id: 'floor',
    name: 'floor: read + write one cookie',
    path: `/snippet/floor?ref=${REFERRAL_CODE}`,
    script: FLOOR,
  },
  {
    id: 'minimal',
    name: 'minimal capture, hand-written (see README)',
    path: `/snippet/minimal?ref=${REFERRAL_CODE}`,
    script: MINIMAL,
  },
  { id: 'deferred', name: 'deferred start, hand-written (see README)', path: '/snippet/deferred', script: DEFERRED },
  { id: 'empty', name: 'empty script file', path: `/snippet/empty?ref=${REFERRAL_CODE}`, script: EMPTY },
];

/**
 * The queue stub of the documented install, in the head: Rujuk's pages are measured as a site owner
 * installs the snippet, and the snippet recognises an uncalled stub by its source.
 */
export const STUB = '<script>window.rujuk=window.rujuk||function(){(rujuk.q=rujuk.q||[]).push(arguments)}</script>';

const page = (
  id: string,
  src: string,
  attributes?: Record<string, string>,
  head?: string,
  body?: string,
): PageContender => ({
  id,
  name: id,
  kind: 'baseline',
  scripts: [{ src, ...(attributes ? { attributes } : {}) }],
  ...(head ? { head } : {}),
  ...(body ? { body } : {}),
  assets: async () => ({}),
});

/** Serves the variants' pages and scripts on `site`; throws when the snippet is not built. */
export function publishSnippetPages(site: Site, backend: BackendRef): void {
  readBuilt(RUJUK.slice(1));
  const html = 'text/html; charset=utf-8';
  const js = 'text/javascript; charset=utf-8';
  const attributes = { 'data-key': backend.publishableKey, 'data-api': backend.url };
  site.set('/snippet/rujuk', { body: benchPage(page('rujuk', RUJUK, attributes, STUB)), type: html });
  site.set('/snippet/rujuk-form', {
    body: benchPage(page('rujuk-form', RUJUK, attributes, STUB, SIGNUP_FORM)),
    type: html,
  });
  site.set('/snippet/floor', { body: benchPage(page('floor', FLOOR)), type: html });
  site.set('/snippet/minimal', { body: benchPage(page('minimal', MINIMAL, attributes)), type: html });
  site.set('/snippet/deferred', { body: benchPage(page('deferred', DEFERRED, attributes, STUB)), type: html });
  site.set('/snippet/empty', { body: benchPage(page('empty', EMPTY)), type: html });
  site.set(FLOOR, { body: FLOOR_SCRIPT, type: js });
  site.set(MINIMAL, { body: MINIMAL_SCRIPT, type: js });
  site.set(DEFERRED, { body: DEFERRED_SCRIPT, type: js });
  site.set(EMPTY, { body: '', type: js });
}
