import { guard } from '@rujuk/contract';

// Reading `document.cookie` is a synchronous round trip to the browser process once anything has
// been written, about 1–2 ms in a fresh page: one read serves every lookup until the task ends or
// Rujuk writes a cookie, so the next read sees other tabs' changes and Rujuk's own writes.
let snapshot: string | undefined;

/** Every cookie of the page as `; a=1; b=2;`; `'; ;'` when cookies are blocked. */
export const readCookies = (): string =>
  (snapshot ??=
    (Promise.resolve().then(() => (snapshot = undefined)), '; ' + (guard(() => document.cookie) ?? '') + ';'));

/** Reads a cookie by name; `undefined` when absent or when cookies are blocked. */
export const getCookie = (name: string): string | undefined => readCookies().match('; ' + name + '=([^;]*)')?.[1];

/** Writes (or, with `maxAge` 0, deletes) a first-party cookie; silently does nothing when cookies are blocked. */
export const setCookie = (name: string, value: string, maxAge: number, domain?: string): void => {
  snapshot = undefined;
  guard(() => {
    document.cookie =
      name +
      '=' +
      value +
      '; Path=/; SameSite=Lax; Max-Age=' +
      maxAge +
      (domain ? '; Domain=' + domain : '') +
      (location.protocol == 'https:' ? '; Secure' : '');
  });
};
