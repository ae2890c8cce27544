import type { ParticipantView, Program, Stats } from '@rujuk/protocol';
import { atom } from 'nanostores';
import type { RujukClient } from '../client/types.js';
import { callError } from '../errors/call-error.js';
import type { RujukError } from '../errors/rujuk-error.js';
import type { RujukStatus, RujukStores } from './types.js';

// One set of stores per client, so every widget on a page shares the same state and requests.
const storesOf = new WeakMap<RujukClient, RujukStores>();

/** The stores of `client`, created on first use and shared by every later caller. */
export function getStores(client: RujukClient): RujukStores {
  let stores = storesOf.get(client);
  if (stores) return stores;

  const $program = atom<Program | null>(null);
  const $participant = atom<ParticipantView | null>(null);
  // Kept in step with $participant by hand: nanostores' computed() would cost more bytes than it saves.
  const $stats = atom<Stats | null>(null);
  const $status = atom<RujukStatus>('idle');
  const $error = atom<RujukError | null>(null);
  let loading: Promise<void> | undefined;
  let viewing: Promise<void> | undefined;
  // Bumped on every sign-in, switch and logout: a view fetched for older credentials is dropped.
  let epoch = 0;

  const show = (view: ParticipantView | null) => {
    $participant.set(view);
    $stats.set(view ? view.stats : null);
  };
  const fail = (error: unknown) => {
    $error.set(error as RujukError);
    $status.set('error');
  };

  // 401 and 404 mean nobody to show: a refused credential (which the client has already forgotten) or a
  // signed identity whose email has not joined yet.
  const view = () =>
    (viewing ||= (async (at) => {
      try {
        const me = await (client.isIdentified()
          ? client.getMe().catch((error: RujukError) => {
              if (/40[14]/.test(error.status as never)) return null;
              throw error;
            })
          : null);
        if (at === epoch) show(me);
      } finally {
        if (at === epoch) viewing = undefined;
      }
    })(epoch));

  // A success after a failure clears it, but only once the program is there to show.
  const settle = () => {
    if ($program.get()) {
      $error.set(null);
      $status.set('ready');
    }
  };
  const refresh = () => view().then(settle, fail);

  const load = () => {
    if (!loading) {
      $status.set('loading');
      loading = Promise.all([client.getProgram().then($program.set), view()])
        .then(settle, fail)
        .then(() => {
          loading = undefined;
        });
    }
    return loading;
  };

  client.onAuthChange((identified) => {
    epoch++;
    viewing = undefined;
    if (identified) refresh();
    else show(null);
  });

  stores = {
    $program,
    $participant,
    $stats,
    $status,
    $error,
    load,
    refresh,
    async join(body) {
      if ((await client.join(body)).token) {
        await view();
        const me = $participant.get();
        if (me) return me;
      }
      throw callError(
        'participant_auth_required',
        'POST /v1/participants',
        'this email has already joined; call identify() first',
      );
    },
    logout: () => client.logout(),
  };
  storesOf.set(client, stores);
  return stores;
}
