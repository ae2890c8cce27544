import { type TokenStorage, tokenSlot } from './token-storage.js';

/** A server-signed identity: the email and the lower-case hex HMAC-SHA256 of it with the secret key. */
export interface SignedIdentity {
  email: string;
  signature: string;
}

/** How a participant proves who they are: their token, or a server-signed identity. */
export type ParticipantAuth = { token: string } | SignedIdentity;

/** The participant credentials of one client and who listens to their changes. */
export interface Session {
  /** The participant headers to send: the signed identity when there is one, else the token. */
  headers(): Record<string, string>;
  identified(): boolean;
  identify(auth: ParticipantAuth): void;
  /** Forgets the credential that went out as `sent` after the backend refused it. */
  refuse(sent: Record<string, string>): void;
  logout(): void;
  onChange(listener: (identified: boolean) => void): () => void;
}

/** What a session starts from; `storage: undefined` means "use localStorage when usable". */
export interface SessionOptions {
  token?: string | null;
  identity?: SignedIdentity | null;
  storage?: TokenStorage | null;
}

/** Creates the session of a client talking to `apiUrl`, restoring the saved token unless one is given. */
export function createSession(apiUrl: string, { token, identity = null, storage }: SessionOptions): Session {
  const slot = tokenSlot(storage, apiUrl);
  const listeners = new Set<(identified: boolean) => void>();
  const update = (nextToken: string | null, nextIdentity: SignedIdentity | null) => {
    if (nextToken !== token) slot.write(nextToken);
    if (nextToken !== token || nextIdentity?.signature !== identity?.signature) {
      token = nextToken;
      identity = nextIdentity;
      for (const listener of listeners) {
        try {
          listener(!!(token || identity));
        } catch {}
      }
    }
  };
  if (token === undefined) token = slot.read();
  else slot.write(token);

  return {
    headers: (): Record<string, string> =>
      identity
        ? { 'x-rujuk-email': identity.email, 'x-rujuk-signature': identity.signature }
        : token
          ? { 'x-rujuk-token': token }
          : {},
    identified: () => !!(token || identity),
    identify(auth) {
      const { token: next, signature } = (auth || {}) as Partial<{ token: string } & SignedIdentity>;
      if (next) update(next, null);
      else if (signature) update(token as string | null, auth as SignedIdentity);
    },
    refuse(sent) {
      update(
        sent['x-rujuk-token'] === token ? null : (token as string | null),
        sent['x-rujuk-signature'] ? null : identity,
      );
    },
    logout: () => update(null, null),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
