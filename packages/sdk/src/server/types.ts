import type {
  ClickPage,
  ClickQuery,
  ConversionPage,
  ConversionQuery,
  ConversionRequest,
  ConversionResponse,
  FulfilRequest,
  FulfilResponse,
  Participant,
  ParticipantPage,
  ParticipantQuery,
  ParticipantView,
  ReferralRef,
  RefundResponse,
} from '@rujuk/protocol';
import type { RequestOptions, RetryOption } from '../http/types.js';
import type { SignedIdentity } from '../session/create-session.js';

/** Options of {@link createServerClient}, the Node client that holds the secret key. */
export interface ServerClientOptions {
  /**
   * The backend's base URL, without `/v1`.
   * @example 'https://api.shop.example'
   */
  apiUrl: string;
  /**
   * The program's secret key (`sk_…`). Keep it in an environment variable; never ship it to a browser.
   * @example process.env.RUJUK_SECRET_KEY
   */
  secretKey: string;
  /**
   * Milliseconds to wait for each attempt.
   * @default 10_000
   */
  timeout?: number;
  /**
   * Retries of every call (all server calls are idempotent).
   * @default 2
   */
  retry?: RetryOption;
  /**
   * The fetch to call.
   * @default globalThis.fetch
   */
  fetch?: typeof fetch;
}

/** A purchase your server has confirmed, e.g. from a payment provider's webhook. */
export interface PurchaseInput {
  /**
   * The referral the browser captured: `{ code, clickId }`, or the string the page passed along
   * (a bare code such as `ANNA42`, or the snippet's `rujuk_ref` value). Invalid parts are dropped so
   * the purchase is still recorded, unattributed.
   * @example session.client_reference_id
   */
  referral?: ReferralRef | string | null;
  /** Your order id; it makes the default idempotency key. */
  orderId: string;
  /** Integer minor units, e.g. `4999` for 49.99 (Stripe's `amount_total`). */
  amount: number;
  /** ISO 4217 code in any case (Stripe sends `usd`); sent upper case. */
  currency: string;
  customer?: ConversionRequest['customer'];
  metadata?: ConversionRequest['metadata'];
  visitorId?: string;
  /**
   * Deduplicates webhook redeliveries.
   * @default `purchase:${orderId}` (hashed when the order id has characters keys may not contain)
   */
  idempotencyKey?: string;
}

/** The server-only Rujuk client: confirmed conversions, refunds, look-ups and identity signing. */
export interface RujukServerClient {
  /** The normalised base URL the client talks to. */
  readonly apiUrl: string;
  /** Reports a conversion as a fact (`source: 'server'`); idempotent on `idempotencyKey`. */
  reportConversion(body: ConversionRequest, options?: RequestOptions): Promise<ConversionResponse>;
  /** Reports a confirmed `purchase` conversion; made for payment webhooks, safe to call on every redelivery. */
  confirmPurchase(input: PurchaseInput, options?: RequestOptions): Promise<ConversionResponse>;
  /** Approves a pending or flagged conversion, granting its rewards. */
  approveConversion(id: string, options?: RequestOptions): Promise<ConversionResponse>;
  /** Refunds a conversion and reverses the rewards it granted. */
  refundConversion(id: string, options?: RequestOptions): Promise<RefundResponse>;
  /**
   * Records what the participant receives for an earned reward (a code, a redeem URL, a note) and
   * shows it in their widget. Safe to retry with the same fulfilment; another one is a `409 invalid_state`.
   */
  fulfilReward(id: string, fulfilment: FulfilRequest, options?: RequestOptions): Promise<FulfilResponse>;
  /** Reads one participant with stats, rewards and tier. */
  getParticipant(id: string, options?: RequestOptions): Promise<ParticipantView>;
  /** Finds the participant who joined with `email` (case-insensitive), or `null`. */
  findParticipantByEmail(email: string, options?: RequestOptions): Promise<Participant | null>;
  /** Lists participants; pass `nextCursor` as `cursor` for the next page. */
  listParticipants(query?: ParticipantQuery, options?: RequestOptions): Promise<ParticipantPage>;
  /** Lists clicks; page with `cursor`. */
  listClicks(query?: ClickQuery, options?: RequestOptions): Promise<ClickPage>;
  /** Lists conversions; page with `cursor`. */
  listConversions(query?: ConversionQuery, options?: RequestOptions): Promise<ConversionPage>;
  /** Signs `email` for the browser client's `identify()`, so a signed-in user sees their stats without a token. */
  signIdentity(email: string): SignedIdentity;
}
