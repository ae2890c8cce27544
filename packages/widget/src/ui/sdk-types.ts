import type { JoinRequest, JoinResponse, Leaderboard, ParticipantView, Program } from '@rujuk/protocol';
import type { ReadableAtom } from 'nanostores';

/** The part of the `@rujuk/sdk` client the widget uses (the real client satisfies it). */
export interface WidgetClient {
  join(body: JoinRequest): Promise<JoinResponse>;
  getLeaderboard(query?: { limit?: number }): Promise<Leaderboard>;
  identify(auth: { token: string } | { email: string; signature: string }): void;
  logout(): void;
  isIdentified(): boolean;
}

/** The part of the `@rujuk/sdk` stores the widget uses. */
export interface WidgetStores {
  $program: ReadableAtom<Program | null>;
  $participant: ReadableAtom<ParticipantView | null>;
  $status: ReadableAtom<'idle' | 'loading' | 'ready' | 'error'>;
  $error: ReadableAtom<{ code: string; detail: string } | null>;
  load(): Promise<void>;
  refresh(): Promise<void>;
  logout(): void;
}
