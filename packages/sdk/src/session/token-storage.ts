/** The storage a client keeps the participant token in: `localStorage` or anything shaped like it. */
export type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The `localStorage` key of the participant token (fixed across Rujuk scripts). */
export const TOKEN_KEY = 'rujuk_token';

// What the snippet stores: the token alone, never JSON (which starts with `{`).
const BARE_TOKEN = /^[\w.~-]{16,512}$/;

/** Reads and writes the token of one backend. */
export interface TokenSlot {
  read(): string | null;
  write(token: string | null): void;
}

/**
 * The token slot of `apiUrl` in `storage` (`undefined`: the page's `localStorage`; `null`: none, memory only).
 * The value is `{ apiUrl, token }` so two backends never swap tokens. A bare token is the one the
 * attribution snippet saves after a `<form data-rujuk-join>` enrolment; it talks to the page's one
 * backend, so the client adopts it. Every access sits in a `try`:
 * sandboxed iframes and blocked storage throw on merely reading `localStorage`, and a page must never
 * break because of it.
 */
export function tokenSlot(storage: TokenStorage | null | undefined, apiUrl: string): TokenSlot {
  // Only a page's localStorage by default: on a server (Node 25 has a process-wide localStorage)
  // one visitor's token must never be saved where the next request would read it.
  const use = () => (storage === undefined ? document && localStorage : storage) as TokenStorage;
  const read = (): string | null => {
    try {
      const raw = use().getItem(TOKEN_KEY);
      if (raw && BARE_TOKEN.test(raw)) return raw;
      const saved = JSON.parse(raw as string);
      return (saved.apiUrl === apiUrl && saved.token) || null;
    } catch {
      return null;
    }
  };
  return {
    read,
    write(token) {
      try {
        if (token) use().setItem(TOKEN_KEY, JSON.stringify({ apiUrl, token }));
        else if (read()) use().removeItem(TOKEN_KEY);
      } catch {}
    },
  };
}
