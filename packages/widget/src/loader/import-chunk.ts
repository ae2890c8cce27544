// The query each file of the script-tag build is imported with next, by URL: one more `1` per failure.
const retries: Record<string, string> = {};

/**
 * Imports a file of the script-tag build (an absolute URL), from a new URL after each failed download:
 * Firefox keeps a failed module download for the life of the page, where Chromium fetches it again
 * (whatwg/html#10327). The query (`?1`, `?11`, …) also passes any cache that kept the failure. A view
 * passes `ui`, the UI module's URL: its fragment tells the view the query the UI module was loaded with,
 * to import that same module (scripts/cdn/from-ui.ts).
 */
export const importChunk = <T>(url: string, ui?: string): Promise<T> =>
  import(/* @vite-ignore */ url + (retries[url] || '') + (ui ? '#' + (retries[ui] || '') : '')).catch((error) => {
    retries[url] = (retries[url] || '?') + 1;
    // Safari's message names no file ("Importing a module script failed."); the report a page owner reads
    // must, so every engine's gets the address (Chromium's and Firefox's then name it twice).
    error.message += ' ' + url;
    throw error;
  });
