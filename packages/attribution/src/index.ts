import { type Bus, LOG_PREFIX } from '@rujuk/contract';
import type { JoinResponse } from '@rujuk/protocol';
import type { ConvertResult } from './conversions/convert.js';
import { type commands, start } from './core/start.js';
import { RujukError } from './errors/rujuk-error.js';
import { parseOptions } from './options/parse-options.js';
import type { Callback, ConversionInput, EventName, JoinInput, Options, Referral } from './types.js';

export type { ConvertResult } from './conversions/convert.js';
export type { RujukErrorCode } from './errors/rujuk-error.js';
export { isRujukError, RujukError } from './errors/rujuk-error.js';
export type { Callback, ConversionInput, EventName, JoinInput, Options, Referral } from './types.js';

type Commands = typeof commands;

let bus: Bus | undefined;

const call = <K extends keyof Commands>(name: K, args: Parameters<Commands[K]>): unknown =>
  bus ? bus.h[name]!(...args) : undefined;

const notStarted = (): Promise<never> => {
  const promise = Promise.reject(
    new RujukError('not_initialized', LOG_PREFIX + ' call init({ key }) in a browser first'),
  );
  promise.catch(() => {});
  return promise;
};

/**
 * Starts tracking with the same options the script tag takes as `data-*` attributes. Does nothing
 * on the server (SSR) and when called again; returns whether tracking runs.
 * @example init({ key: 'pk_live_1234', api: 'https://rujuk.shop.example' })
 */
export const init = (options: Options): boolean => {
  if (typeof window == 'undefined' || typeof document == 'undefined') return false;
  if (!bus) {
    const config = parseOptions(options ?? {}, location.origin);
    if (!config) {
      console.warn(LOG_PREFIX + ' init() needs { key: "pk_…" }.');
      return false;
    }
    bus = start(config);
  }
  return !!bus?.h.convert;
};

/** Reports a conversion (queued persistently, retried until acknowledged); resolves once the backend has it. */
export const convert = (input: ConversionInput, callback?: Callback<ConvertResult>): Promise<ConvertResult> =>
  (call('convert', [input, callback]) as Promise<ConvertResult>) ?? notStarted();

/** Enrols a participant referred by the stored referral. */
export const join = (input: JoinInput, callback?: Callback<JoinResponse>): Promise<JoinResponse> =>
  (call('join', [input, callback]) as Promise<JoinResponse>) ?? notStarted();

/** The current referral, or `null`; synchronous. */
export const getReferral = (): Referral | null => (call('referral', []) as Referral | null) ?? null;

/** Grants (`true`) or withdraws (`false`) consent; withdrawing deletes what Rujuk stored. */
export const consent = (granted: boolean): void => {
  call('consent', [granted]);
};

/** Tells the tracker the signed-in participant's own code, so their own link is never captured. */
export const identify = (participant: { code: string } | null): void => {
  call('identify', [participant]);
};

/**
 * Listens to a Rujuk event (`rujuk:<name>` on `window`); returns the function that stops listening.
 * @example on('convert', (detail) => console.log(detail.idempotencyKey))
 */
export const on = (name: EventName, listener: (detail: Record<string, unknown>) => void): (() => void) => {
  if (typeof window == 'undefined') return () => {};
  const handler = (event: Event) => listener((event as CustomEvent).detail);
  addEventListener('rujuk:' + name, handler);
  return () => removeEventListener('rujuk:' + name, handler);
};
