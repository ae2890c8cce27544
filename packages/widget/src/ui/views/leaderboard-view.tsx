import type { Leaderboard } from '@rujuk/protocol';
import { emitError } from '../../events/emit-error.js';
import { WidgetComponent } from '../context.js';

type State = { board: Leaderboard | null; failed: boolean };

/** The leaderboard: top referrers by privacy-safe name, and the participant's own rank. */
export class LeaderboardView extends WidgetComponent<object, State> {
  override state: State = { board: null, failed: false };
  // The participant the shown board was fetched for; a sign-in or switch fetches it again.
  private fetchedFor: string | undefined | null = null;

  override componentDidMount() {
    this.fetch();
  }

  override componentDidUpdate() {
    this.fetch();
  }

  override componentWillUnmount() {
    this.fetchedFor = null;
  }

  private fetch() {
    const code = this.widget.stores.$participant.get()?.participant.code;
    if (code === this.fetchedFor) return;
    this.fetchedFor = code;
    this.widget.client.getLeaderboard({ limit: 10 }).then(
      (board) => this.fetchedFor === code && this.setState({ board }),
      (error) => {
        emitError(error, 'leaderboard_unavailable');
        if (this.fetchedFor === code) this.setState({ failed: true });
      },
    );
  }

  override render() {
    const { t, locale } = this.widget;
    const { board, failed } = this.state;
    if (failed) return <p class="err">{t('error')}</p>;
    if (!board) return <p class="sk">{t('loading')}</p>;
    if (!board.entries.length) return <p class="mu">{t('leaderboardEmpty')}</p>;
    const numbers = new Intl.NumberFormat(locale);
    const inTop = board.entries.some((entry) => entry.isMe);
    return (
      <div>
        <ol class="lb" part="leaderboard">
          {board.entries.map((entry) => (
            <li key={entry.rank + entry.displayName} part="row" data-me={entry.isMe || undefined}>
              <span>
                {numbers.format(entry.rank)}. {entry.displayName}
                {entry.isMe && ` (${t('you')})`}
              </span>
              <span>{t('referrals', { n: entry.conversions })}</span>
            </li>
          ))}
        </ol>
        {board.me && !inTop && <p part="rank">{t('yourRank', { rank: board.me.rank })}</p>}
      </div>
    );
  }
}
