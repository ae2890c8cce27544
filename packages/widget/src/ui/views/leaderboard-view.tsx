import type { Leaderboard } from '@rujuk/protocol';
import { useEffect, useState } from 'preact/hooks';
import { useWidget } from '../context.js';
import { useStore } from '../use-store.js';

/** The leaderboard: top referrers by privacy-safe name, and the participant's own rank. */
export function LeaderboardView() {
  const { t, client, stores, locale } = useWidget();
  const view = useStore(stores.$participant);
  const [board, setBoard] = useState<Leaderboard | null>(null);
  const [failed, setFailed] = useState(false);
  const code = view?.participant.code;
  useEffect(() => {
    let live = true;
    client.getLeaderboard({ limit: 10 }).then(
      (answer) => live && setBoard(answer),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [client, code]);
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
