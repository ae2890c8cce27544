import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { InviteButton } from './components/invite-button.js';
import { JoinForm } from './components/join-form.js';
import { ReferralStats } from './components/referral-stats.js';
import { ShareWidget } from './components/share-widget.js';
import { stores } from './rujuk.js';

/** The dashboard: the app's own join form and stats (SDK stores), plus Rujuk's share widget. */
export function App() {
  const view = useStore(stores.$participant);
  const status = useStore(stores.$status);
  useEffect(() => {
    stores.load();
  }, []);

  return (
    <>
      <header class="top">
        <strong>📝 Notely</strong>
        {view && <InviteButton key={view.participant.id} />}
      </header>
      <main>
        <h1>Invite friends, get a month free</h1>
        {status === 'error' && <p role="alert">Referrals are unavailable right now.</p>}
        {view ? (
          // Widgets mount once someone is signed in, so they start from the token the app just saved.
          <div class="columns" key={view.participant.id}>
            <ReferralStats />
            <ShareWidget />
          </div>
        ) : (
          status !== 'loading' && <JoinForm />
        )}
      </main>
    </>
  );
}
