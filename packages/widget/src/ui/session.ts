import type { Participant } from '@rujuk/protocol';
import { atom, type WritableAtom } from 'nanostores';
import type { WidgetClient } from './sdk-types.js';

/** Widget state shared by every surface on a page that uses the same client. */
export interface Session {
  /** The participant returned by a join that gave no token (an email that had already joined). */
  $joined: WritableAtom<Participant | null>;
}

const sessions = new WeakMap<WidgetClient, Session>();

/** The shared session of a client, so a popup and several embeds move together. */
export function getSession(client: WidgetClient): Session {
  let session = sessions.get(client);
  if (!session) {
    session = { $joined: atom(null) };
    sessions.set(client, session);
  }
  return session;
}
