import { guard } from '../util/guard.js';

/** Reads a cookie by name; `undefined` when absent or when cookies are blocked. */
export const getCookie = (name: string): string | undefined =>
  guard(() => document.cookie.match('(?:^|; )' + name + '=([^;]*)'))?.[1];

/** Writes (or, with `maxAge` 0, deletes) a first-party cookie; silently does nothing when cookies are blocked. */
export const setCookie = (name: string, value: string, maxAge: number, domain?: string): void => {
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
