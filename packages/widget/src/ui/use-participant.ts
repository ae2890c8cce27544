import type { Participant } from '@rujuk/protocol';
import { useWidget } from './context.js';
import { useStore } from './use-store.js';

/** The participant the widget shows: from the loaded view, else from a join that returned no token. */
export function useParticipant(): Participant | null {
  const { stores, session } = useWidget();
  const view = useStore(stores.$participant);
  const joined = useStore(session.$joined);
  return view?.participant ?? joined;
}
