import { contrastVars, onAccent } from '../styles/contrast-css.js';

/** Styles of the floating launcher, kept apart from the UI so the loader can show it before the UI loads. */
export const launcherCss =
  `:host{${contrastVars}--_a:var(--rujuk-accent,#4f46e5);all:initial!important;position:fixed!important;z-index:2147482999!important;bottom:16px!important;right:16px!important}` +
  ':host([data-rujuk-launcher-host$=left]){left:16px!important;right:auto!important}' +
  ':host([data-rujuk-launcher-host^=top]){top:16px!important;bottom:auto!important}' +
  'button{font:600 15px/1.2 var(--rujuk-font,system-ui,sans-serif);min-height:44px;' +
  `padding:12px 18px;border:0;border-radius:999px;cursor:pointer;background:var(--_a);color:var(--rujuk-on-accent,${onAccent});` +
  'box-shadow:0 6px 20px #00000040}button:focus-visible{outline:3px solid var(--_a);outline-offset:3px}';
