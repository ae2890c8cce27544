import type { Leaderboard } from '../../leaderboard.js';
import { ensure, expectBody, expectEqual, expectProblem } from '../assert.js';
import type { Context } from '../context.js';

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;

/** `GET /v1/leaderboard`: ranked, privacy-safe, with the caller's own row. */
export async function leaderboardChecks(context: Context): Promise<void> {
  const { run, http } = context;
  const program = await context.program();
  if (!program.leaderboard.enabled) {
    await run.check('GET /v1/leaderboard of a program without a leaderboard answers no entries', async () => {
      const board = expectBody<Leaderboard>(await http.call({ path: '/v1/leaderboard' }), 200, 'Leaderboard');
      expectEqual(board.entries.length, 0, 'entries');
      expectEqual(board.me, null, 'me');
    });
    return;
  }
  const member = await context.join({ name: 'Leah Leaderboard' });

  await run.check(
    'GET /v1/leaderboard answers entries ranked from 1 by conversions, me: null without a token',
    async () => {
      const board = expectBody<Leaderboard>(await http.call({ path: '/v1/leaderboard' }), 200, 'Leaderboard');
      expectEqual(board.me, null, 'me');
      board.entries.forEach((entry, index) => {
        const previous = board.entries[index - 1];
        ensure(index > 0 || entry.rank === 1, `the first rank is ${entry.rank}`);
        ensure(!previous || entry.rank >= previous.rank, `rank ${entry.rank} follows rank ${previous?.rank}`);
        ensure(!previous || entry.conversions <= previous.conversions, 'entries are not sorted by conversions');
      });
    },
  );

  await run.check('GET /v1/leaderboard?limit=1 answers at most one entry', async () => {
    const reply = await http.call({ path: '/v1/leaderboard', query: { limit: 1 } });
    ensure(expectBody<Leaderboard>(reply, 200, 'Leaderboard').entries.length <= 1, 'more than one entry');
  });

  await run.check("with a participant token, me is the caller's own row with isMe: true", async () => {
    const reply = await http.call({ path: '/v1/leaderboard', headers: { 'x-rujuk-token': member.token } });
    const board = expectBody<Leaderboard>(reply, 200, 'Leaderboard');
    ensure(board.me, 'me is null');
    expectEqual(board.me.isMe, true, 'me.isMe');
    expectEqual(board.me.conversions, 0, 'me.conversions of a new participant');
    ensure(board.entries.filter((entry) => entry.isMe).length <= 1, 'several entries have isMe: true');
  });

  await run.check('GET /v1/leaderboard with an unknown token still answers the board, with me: null', async () => {
    const reply = await http.call({
      path: '/v1/leaderboard',
      headers: { 'x-rujuk-token': `pt_${context.ids.run}stale` },
    });
    expectEqual(expectBody<Leaderboard>(reply, 200, 'Leaderboard').me, null, 'me');
  });

  await run.check('no leaderboard name is a full email address', async () => {
    const reply = await http.call({ path: '/v1/leaderboard', query: { limit: 100 } });
    const leaked = expectBody<Leaderboard>(reply, 200, 'Leaderboard').entries.find((e) => EMAIL.test(e.displayName));
    ensure(!leaked, `rank ${leaked?.rank} shows "${leaked?.displayName}"`);
  });

  await run.check('GET /v1/leaderboard?limit=0 answers 400 invalid_request', async () => {
    expectProblem(await http.call({ path: '/v1/leaderboard', query: { limit: 0 } }), 400, 'invalid_request');
  });
}
