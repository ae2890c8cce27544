import { readToken, TOKEN_KEY, writeToken } from '@rujuk/contract';

/** The storage a client keeps the participant token in: `localStorage` or anything shaped like it. */
export type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Reads and writes the token of one backend. */
export interface TokenSlot {
  read(): string | null;
  write(token: string | null): void;
}

/**
 * The token slot of `apiUrl` in `storage` (`undefined`: the page's `localStorage`; `null`: none, memory only).
 * The value is the bare token, as the snippet and the widget store it too: one participant per browser,
 * whichever Rujuk script signed them in. The `{ apiUrl, token }` JSON of earlier versions is still read,
 * for its own backend only, so nobody who joined then is signed out. Every access sits in a `try`:
 * sandboxed iframes and blocked storage throw on merely reading `localStorage`, and a page must never
 * break because of it.
 */
export function tokenSlot(storage: TokenStorage | null | undefined, apiUrl: string): TokenSlot {
  // Only a page's localStorage by default: on a server (Node 25 has a process-wide localStorage)
  // one visitor's token must never be saved where the next request would read it.
  const use = () => (storage === undefined ? document && localStorage : storage) as TokenStorage;
  const read = (): string | null => {
    try {
      return readToken(use().getItem(TOKEN_KEY), apiUrl);
    } catch {
      return null;
    }
  };
  return {
    read,
    write(token) {
      try {
        if (token) use().setItem(TOKEN_KEY, writeToken(token));
        else if (read()) use().removeItem(TOKEN_KEY);
      } catch {}
    },
  };
}
