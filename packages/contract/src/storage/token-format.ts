import { TOKEN } from '../patterns/patterns.js';

/**
 * The value stored under `rujuk_token`: the bare token. The snippet, whose every byte counts, has
 * always stored it so; the SDK and the widget store it so too.
 */
export const writeToken = (token: string): string => token;

/**
 * The token stored under `rujuk_token` for the backend at `apiUrl`, or `null`. Reads the bare token,
 * and the `{ "apiUrl": …, "token": … }` JSON the SDK and the widget wrote before, so nobody who joined
 * then is signed out; that JSON counts only for the backend it names.
 */
export const readToken = (raw: string | null | undefined, apiUrl: string): string | null => {
  if (raw && TOKEN.test(raw)) return raw;
  try {
    const saved = JSON.parse(raw as string);
    return (saved.apiUrl === apiUrl && saved.token) || null;
  } catch {
    return null;
  }
};
