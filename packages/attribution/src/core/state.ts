import type { Config } from '../options/config.js';
import type { Referral } from '../types.js';

/** Mutable state of the one tracker on the page; `_` names are mangled in the script-tag build. */
export interface State {
  _cfg: Config;
  /** Whether storing and sending is allowed (consent granted or not required). */
  _ok: boolean;
  /** The signed-in participant's own code, never captured as their referral. */
  _self?: string;
  /** A referral seen on this page and not yet stored (waiting for consent). */
  _held?: Referral;
  /** The last referral stored, so `getReferral()` still works when cookies are blocked. */
  _ref?: Referral;
}

/** The tracker's state, filled by `start()`. */
export const S = {} as State;
