import type { Leaderboard, LeaderboardEntry } from '@rujuk/protocol';
import { rankedCount, rankReferrers } from '../store/leaderboard.js';
import type { ParticipantRow } from '../store/rows.js';
import type { AppContext } from './app-context.js';
import { displayName } from './display-name.js';

/** The top referrers, plus the caller's own row when they sent their identity. */
export async function leaderboard(ctx: AppContext, limit: number, me: ParticipantRow | null): Promise<Leaderboard> {
  if (!ctx.config.program.leaderboard.enabled) return { entries: [], me: null };
  const rows = await rankReferrers(ctx.db, limit, me?.id ?? null);
  const entries: LeaderboardEntry[] = [];
  let mine: LeaderboardEntry | null = null;
  for (const row of rows) {
    const entry: LeaderboardEntry = {
      rank: Number(row.rank),
      displayName: displayName(row.name, row.email),
      conversions: Number(row.conversions),
      isMe: row.id === me?.id,
    };
    if (entry.rank <= limit) entries.push(entry);
    if (entry.isMe) mine = entry;
  }
  if (me && !mine) {
    // Not ranked yet: place them after everyone who has a conversion.
    mine = {
      rank: (await rankedCount(ctx.db)) + 1,
      displayName: displayName(me.name, me.email),
      conversions: 0,
      isMe: true,
    };
  }
  return { entries, me: mine };
}
