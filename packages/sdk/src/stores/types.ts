import type { JoinRequest, ParticipantView, Program, Stats } from '@rujuk/protocol';
import type { ReadableAtom } from 'nanostores';
import type { RujukError } from '../errors/rujuk-error.js';

/** Where the stores stand: nothing asked yet, loading, loaded, or failed (see `$error`). */
export type RujukStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Reactive Rujuk state of one client, shared by every widget on the page; subscribe from any framework. */
export interface RujukStores {
  /** The public program configuration, once `load()` has fetched it. */
  $program: ReadableAtom<Program | null>;
  /** The signed-in participant's view; `null` when nobody is signed in. */
  $participant: ReadableAtom<ParticipantView | null>;
  /** The participant's counts: `$participant`'s `stats`, for components that only show numbers. */
  $stats: ReadableAtom<Stats | null>;
  $status: ReadableAtom<RujukStatus>;
  /** Why the last `load()` or `refresh()` failed, or `null`. */
  $error: ReadableAtom<RujukError | null>;
  /** Loads the program and, when signed in, the participant; calls made while one is in flight share it. Never rejects. */
  load(): Promise<void>;
  /** Fetches the participant's view again, e.g. after a purchase. Never rejects. */
  refresh(): Promise<void>;
  /**
   * Joins, signs the participant in and loads their view. Rejects with the {@link RujukError}; with
   * code `participant_auth_required` when the email already joined and no token came back.
   */
  join(body: JoinRequest): Promise<ParticipantView>;
  /** Signs out: forgets the token everywhere and empties `$participant`. */
  logout(): void;
}
