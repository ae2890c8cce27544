import type { MessageKey } from '../i18n/types.js';
import type { EmbedView } from '../options/types.js';
import { LazyView, retryViews } from './components/lazy-view.js';
import { participantOf, WidgetComponent } from './context.js';

type Tab = 'share' | 'progress' | 'leaderboard' | 'info';
// `tabShare`, `tabProgress`, `tabLeaderboard`, `tabInfo`.
const label = (tab: Tab) => `tab${tab[0]!.toUpperCase()}${tab.slice(1)}` as MessageKey;

/** The widget's content: header, then join or the participant's views (one fixed view for an embed). */
export class Panel extends WidgetComponent<{ view: EmbedView | null; onClose?: () => void }, { tab: Tab }> {
  override state = { tab: 'share' as Tab };

  override render() {
    const { view, onClose } = this.props;
    const { tab } = this.state;
    const { t, stores, options, variantOf } = this.widget;
    const program = stores.$program.get();
    const status = stores.$status.get();
    const participant = participantOf(this.widget);
    const variant = variantOf(program);
    const rewards = program && {
      friend: program.rewards.friend.description,
      referrer: program.rewards.referrer.description,
    };
    const headed = !view || view === 'join' || (view === 'share' && !participant);
    const title =
      view === 'progress' || view === 'leaderboard'
        ? t(label(view))
        : (options.title ?? variant?.title ?? (rewards ? t('title', rewards) : t('launcher')));

    let body = null;
    if (!program) {
      body =
        status === 'error' ? (
          <div role="alert" part="error">
            <p class="err">{t('error')}</p>
            <button class="b" part="button" type="button" onClick={() => stores.load().catch(() => undefined)}>
              {t('retry')}
            </button>
          </div>
        ) : (
          <p class="sk" role="status">
            {t('loading')}
          </p>
        );
    } else if (view === 'leaderboard') body = <LazyView name="leaderboard" />;
    else if (!participant) {
      body = (
        <>
          <LazyView name="join" />
          {!view && <LazyView name="info" />}
        </>
      );
    } else if (view) body = view === 'progress' ? <LazyView name="progress" /> : <LazyView name="share" />;
    else {
      const tabs: Tab[] = [
        'share',
        'progress',
        ...(program.leaderboard.enabled ? ['leaderboard' as const] : []),
        'info',
      ];
      body = (
        <>
          <nav class="nav" part="nav" aria-label={title}>
            {tabs.map((name) => (
              <button
                key={name}
                class="t"
                part="tab"
                type="button"
                aria-current={tab === name ? 'page' : undefined}
                onClick={() => {
                  // A view whose download failed downloads again when chosen.
                  retryViews();
                  this.setState({ tab: name });
                }}
              >
                {t(label(name))}
              </button>
            ))}
          </nav>
          <LazyView key={tab} name={tab} />
        </>
      );
    }

    return (
      <>
        <div class="hd" part="header">
          <h2 id="rj-t" part="title">
            {title}
          </h2>
          {onClose && (
            <button class="x" part="close" type="button" aria-label={t('close')} onClick={onClose}>
              ×
            </button>
          )}
        </div>
        {headed && program && (
          <p class="mu" part="description">
            {options.description ?? variant?.description ?? t('description', rewards!)}
          </p>
        )}
        <div part="body">{body}</div>
      </>
    );
  }
}
