import { findScript } from './find-script.js';

/** The loader's own `<script>` element, found once as the loader starts (later, `currentScript` is gone). */
export const script: HTMLScriptElement | null = findScript();
