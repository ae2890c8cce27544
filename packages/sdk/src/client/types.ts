import type {
  ClickRequest,
  ClickResponse,
  ConversionRequest,
  ConversionResponse,
  JoinRequest,
  JoinResponse,
  Leaderboard,
  ParticipantView,
  Program,
} from '@rujuk/protocol';
import type { RequestOptions, RetryOption } from '../http/types.js';
import type { ParticipantAuth, SignedIdentity } from '../session/create-session.js';
import type { TokenStorage } from '../session/token-storage.js';

/** Options of {@link createClient}, the browser-safe client. */
export interface ClientOptions {
  /**
   * The backend's base URL, without `/v1` (a trailing `/v1` or slash is removed).
   * @example 'https://api.shop.example'
   */
  apiUrl: string;
  /**
   * The program's publishable key. A secret key (`sk_…`) is refused: every call then rejects with `secret_key_exposed`.
   * @example 'pk_live_4f1c…'
   */
  publishableKey: string;
  /**
   * The participant token (`pt_…`) to start with; it is saved to `storage`. `null` starts signed out
   * and ignores a saved token.
   * @default the token saved in `storage` for this `apiUrl`
   */
  token?: string | null;
  /**
   * A server-signed identity of the signed-in user (see `signIdentity` in `@rujuk/sdk/server`). It is
   * kept in memory only, takes precedence over a token, and is not saved.
   * @default null
   */
  identity?: SignedIdentity | null;
  /**
   * Milliseconds to wait for each attempt.
   * @default 10_000
   */
  timeout?: number;
  /**
   * Retries of idempotent calls (every call except `join`).
   * @default 2
   */
  retry?: RetryOption;
  /**
   * Where the participant token is kept under the key `rujuk_token`. `null` keeps it in memory only.
   * @default localStorage when the page may use it, else memory
   */
  storage?: TokenStorage | null;
  /**
   * The fetch to call, e.g. a mock in tests or a framework's fetch during server rendering.
   * @default globalThis.fetch
   */
  fetch?: typeof fetch;
}

/** The browser-safe Rujuk client: public program data, the participant's own data, and conversion claims. */
export interface RujukClient {
  /** The normalised base URL the client talks to. */
  readonly apiUrl: string;
  /** Reads the public program configuration (`GET /v1/program`). */
  getProgram(options?: RequestOptions): Promise<Program>;
  /** Reports a visit from a referral link (`POST /v1/clicks`); replays with the same `clickId` are deduplicated. */
  trackClick(body: ClickRequest, options?: RequestOptions): Promise<ClickResponse>;
  /**
   * Joins the program (`POST /v1/participants`) and signs the participant in when a token comes back.
   * Never retried by the client: a failed join is for the person to try again. Pass an
   * `idempotencyKey` kept for that email until a join succeeds, and a second try of a join whose
   * answer was lost is answered as the first, with a token, instead of as an email that already joined.
   * @example rujuk.join({ email, idempotencyKey: keyFor(email) })
   */
  join(body: JoinRequest, options?: RequestOptions): Promise<JoinResponse>;
  /** Reads the signed-in participant with stats, rewards and tier (`GET /v1/participants/me`). */
  getMe(options?: RequestOptions): Promise<ParticipantView>;
  /** Reads the top referrers (`GET /v1/leaderboard`), with the caller's own row when signed in. */
  getLeaderboard(query?: { limit?: number }, options?: RequestOptions): Promise<Leaderboard>;
  /** Reports a conversion claim (`POST /v1/conversions`, `source: 'client'`); idempotent on `idempotencyKey`. */
  reportConversion(body: ConversionRequest, options?: RequestOptions): Promise<ConversionResponse>;
  /** Signs a known participant in with their token (saved) or a server-signed identity (memory only). */
  identify(auth: ParticipantAuth): void;
  /** Forgets the token and identity, in storage too. */
  logout(): void;
  /** Whether a token or an identity is present (not whether the backend still accepts it). */
  isIdentified(): boolean;
  /** Calls `listener` whenever the credentials change (sign-in, switch, logout, refusal); returns the unsubscribe. */
  onAuthChange(listener: (identified: boolean) => void): () => void;
}
