import { contrastVars, darkContrastVar, linkOnDark, linkOnLight, onAccent } from './contrast-css.js';

// Themes switch through `color-scheme` and `light-dark()`, so each colour is written once.
// Host rules are `!important` because inside a shadow tree important declarations beat the page's
// important ones (CSS Cascade 4, §6.1), so `* { all: unset !important }` cannot hide or restyle the widget.
// Text and links on the accent keep a 4.5:1 contrast in CSS (see contrast-css.ts), for any accent a
// page sets, in any colour syntax.
// Each line ends in `\`, a line continuation, so the shipped strings carry no newlines (styles/*-css.ts).
export const widgetCss = `\
:host{${contrastVars}${darkContrastVar}display:block!important;visibility:visible!important;opacity:1!important;position:static!important;\
color-scheme:light!important;--_a:var(--rujuk-accent,#4f46e5);--_oa:var(--rujuk-on-accent,${onAccent});--_r:var(--rujuk-radius,12px);\
--_bg:var(--rujuk-bg,light-dark(#fff,#111827));--_fg:var(--rujuk-fg,light-dark(#111827,#f9fafb));\
--_mu:var(--rujuk-muted,light-dark(#4b5563,#d1d5db));--_bd:var(--rujuk-border,light-dark(#6b7280,#9ca3af));\
--_sf:var(--rujuk-surface,light-dark(#f3f4f6,#1f2937));--_ln:light-dark(${linkOnLight},${linkOnDark})}\
:host([data-theme=dark]){color-scheme:dark!important}:host([data-theme=auto]){color-scheme:light dark!important}\
:host([data-surface=popup]){display:contents!important}\
*,*::before,*::after{box-sizing:border-box}\
.rj{font:400 16px/1.5 var(--rujuk-font,system-ui,sans-serif);color:var(--_fg);\
background:var(--_bg);text-align:start;letter-spacing:normal;word-spacing:normal;text-transform:none;white-space:normal;\
cursor:auto;border-radius:var(--_r);padding:20px;overflow-wrap:anywhere}\
.bd{position:fixed;inset:0;z-index:var(--rujuk-z,2147483000);background:rgb(17 24 39/.55);animation:f .15s ease-out}\
.bd.corner{background:transparent}\
.dlg{position:fixed;z-index:var(--rujuk-z,2147483000);width:min(var(--rujuk-width,420px),calc(100vw - 24px));\
max-height:calc(100vh - 24px);max-height:calc(100dvh - 24px);overflow:auto;box-shadow:0 20px 50px rgb(0 0 0/.3);\
animation:s .18s ease-out}\
.dlg:focus{outline:none}\
.modal .dlg{top:50%;left:50%;translate:-50% -50%}\
.bottom-right .dlg{bottom:12px;right:12px}.bottom-left .dlg{bottom:12px;left:12px}\
.top-right .dlg{top:12px;right:12px}.top-left .dlg{top:12px;left:12px}\
@keyframes f{from{opacity:0}}@keyframes s{from{transform:translateY(12px)}}\
@media (prefers-reduced-motion:reduce){.bd,.dlg{animation:none}}\
.hd{display:flex;gap:12px;align-items:flex-start;margin-bottom:12px}\
h2{font-size:1.25em;line-height:1.3;margin:0;flex:1;font-weight:700}\
h3{font-size:1em;margin:16px 0 8px;font-weight:600}\
p{margin:0 0 12px}\
.mu{color:var(--_mu);font-size:.9em}\
.x{flex:none;width:36px;height:36px;margin:-6px 0 0;margin-inline-end:-6px;border:0;border-radius:50%;background:transparent;color:var(--_fg);\
font:inherit;font-size:22px;line-height:1;cursor:pointer}\
.x:hover{background:var(--_sf)}\
button,input,a{font:inherit;color:inherit}\
:focus-visible{outline:3px solid var(--_ln);outline-offset:2px}\
label{display:block;font-weight:600;font-size:.9em;margin:12px 0 4px}\
input{display:block;width:100%;min-height:44px;padding:8px 12px;border:1px solid var(--_bd);border-radius:calc(var(--_r)*.6);\
background:var(--_bg);color:var(--_fg)}\
.b{display:inline-flex;align-items:center;justify-content:center;min-height:44px;padding:8px 16px;border:0;\
border-radius:calc(var(--_r)*.6);background:var(--_a);color:var(--_oa);font-weight:600;cursor:pointer;text-decoration:none}\
.b[disabled]{opacity:.7;cursor:progress}\
.w{width:100%;margin-top:16px}\
a{color:var(--_ln)}\
.err{color:var(--rujuk-error,light-dark(#b91c1c,#fca5a5));font-size:.9em;margin:8px 0 0}\
.nav{display:flex;gap:4px;margin:0 0 16px;padding:4px;border-radius:var(--_r);background:var(--_sf);flex-wrap:wrap}\
.t{flex:1;min-height:40px;overflow-wrap:normal;padding:0 6px;border:0;border-radius:calc(var(--_r)*.6);background:transparent;color:var(--_fg);cursor:pointer;\
font-size:.9em;font-weight:600}\
.t[aria-current=page]{background:var(--_bg);box-shadow:0 1px 3px rgb(0 0 0/.15)}\
.sk{min-height:120px;display:grid;place-items:center;color:var(--_mu)}\
@media (max-width:480px){.rj{padding:16px}.modal .dlg{width:calc(100vw - 16px)}}\
`;
