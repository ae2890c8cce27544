import type { RewardGrant } from '@rujuk/protocol';
import { WidgetComponent, type WidgetContext } from '../context.js';
import { RewardCode } from './reward-code.js';

/** The progress view: counts, progress to the next tier, rewards on both sides, and the redeem link. */
export class ProgressView extends WidgetComponent {
  override componentDidMount() {
    this.widget.stores.refresh();
  }

  override render() {
    return progress(this.widget);
  }
}

// What the view shows, from the stores as they are now.
function progress({ t, stores, session, locale }: WidgetContext) {
  const view = stores.$participant.get();
  const program = stores.$program.get();
  const joined = session.$joined.get();
  if (!view) return joined ? <p class="mu">{t('statsUnavailable')}</p> : null;
  const { stats, tier, rewards, redeemUrl } = view;
  const numbers = new Intl.NumberFormat(locale);
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const counts = [
    ['clicks', stats.clicks],
    ['signups', stats.signups],
    ['conversions', stats.conversions],
  ] as const;
  const status = (grant: RewardGrant) => t(grant.status);

  return (
    <div>
      <dl class="st" part="stats">
        {counts.map(([key, n]) => (
          <div key={key} part="stat">
            <dt>{t(key, { n })}</dt>
            <dd>{numbers.format(n)}</dd>
          </div>
        ))}
      </dl>
      {tier.next && tier.remaining !== null ? (
        <div part="tier">
          <label for="rj-tier" part="label">
            {t('nextTier', { n: tier.remaining, tier: tier.next.name })}
          </label>
          <progress id="rj-tier" part="progress" max={tier.next.threshold} value={tier.count} />
        </div>
      ) : (
        tier.current && <p part="tier">{t('topTier', { tier: tier.current.name })}</p>
      )}
      <h3>{t('rewards')}</h3>
      {program && (
        <p class="mu" part="offer">
          {t('youEarn')}: {program.rewards.referrer.description} · {t('friendGets')}:{' '}
          {program.rewards.friend.description}
        </p>
      )}
      {rewards.length ? (
        <ul class="rw" part="rewards">
          {rewards.map((grant) => (
            <li key={grant.id} part="reward">
              <span>
                {grant.reward.description}
                <span class="mu"> · {dates.format(new Date(grant.createdAt))}</span>
              </span>
              <span>{status(grant)}</span>
              {grant.status === 'fulfilled' && grant.fulfilment && (
                <RewardCode id={grant.id} fulfilment={grant.fulfilment} />
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="mu">{t('noRewards')}</p>
      )}
      {redeemUrl && (
        <a class="b w" part="button redeem" href={redeemUrl} target="_blank" rel="noopener noreferrer">
          {t('redeem')}
        </a>
      )}
    </div>
  );
}
