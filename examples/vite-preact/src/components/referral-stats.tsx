import { useStore } from '@nanostores/preact';
import { stores } from '../rujuk.js';

/** The app's own stats card, drawn from the SDK's stores: the data is Rujuk's, the design the app's. */
export function ReferralStats() {
  const view = useStore(stores.$participant);
  if (!view) return null;
  const { participant, stats, tier, rewards } = view;
  const earned = rewards.filter((grant) => grant.status === 'earned').length;
  return (
    <section class="card" aria-labelledby="stats-title">
      <h2 id="stats-title">Hi {participant.name ?? participant.email}</h2>
      <p>
        Your link: <code data-testid="share-url">{participant.shareUrl}</code>
      </p>
      <ul class="numbers" aria-label="Your referrals">
        <li>
          <strong data-testid="clicks">{stats.clicks}</strong> clicks
        </li>
        <li>
          <strong data-testid="signups">{stats.signups}</strong> sign-ups
        </li>
        <li>
          <strong data-testid="conversions">{stats.conversions}</strong> paid
        </li>
        <li>
          <strong data-testid="rewards">{earned}</strong> rewards
        </li>
      </ul>
      {tier.next && tier.remaining !== null && (
        <p data-testid="tier">
          {tier.remaining} more to {tier.next.name} <progress max={tier.next.threshold} value={tier.count} />
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={() => stores.refresh()}>
          Refresh
        </button>
        <button type="button" class="quiet" onClick={() => stores.logout()}>
          Sign out
        </button>
      </div>
    </section>
  );
}
