/** One row of the leaderboard. Names are privacy-safe: first name and last initial, or a masked email. */
export interface LeaderboardEntry {
  rank: number;
  displayName: string;
  /** Qualifying conversions. */
  conversions: number;
  /** True on the row of the participant whose token came with the request. */
  isMe: boolean;
}

/** `GET /v1/leaderboard?limit=10`. */
export interface Leaderboard {
  entries: LeaderboardEntry[];
  /** The caller's own row when a participant token came with the request, even outside the top entries. */
  me: LeaderboardEntry | null;
}
