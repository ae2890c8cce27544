/**
 * The snippet's own `<script>` tag, found after it ran (`document.currentScript` is gone by then):
 * of the tags with `data-key` (the widget's has one too), the one whose `src` is the file this very
 * code runs from, as an error's stack trace names it; else the first.
 */
export const ownScript = (): HTMLScriptElement | undefined => {
  const tags = document.querySelectorAll<HTMLScriptElement>('script[data-key]');
  const file = /(https?:\/\/[^\s)]+?)(?::\d+){2}/.exec(new Error().stack!)?.[1];
  return [...tags].find((tag) => tag.src == file) || tags[0];
};
