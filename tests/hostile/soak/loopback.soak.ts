import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RestartableBackend, startRestartableBackend } from './restartable-backend.js';
import { countSoak } from './soak-count.js';
import { runSoak } from './soak-load.js';

// On demand only (`pnpm test:hostile --soak`): five minutes by default, RUJUK_SOAK_SECONDS to change it.
const SECONDS = Number(process.env.RUJUK_SOAK_SECONDS) || 300;
const PER_SECOND = Number(process.env.RUJUK_SOAK_RATE) || 20;
const REFERRERS = 25;

describe('soak on loopback: mixed traffic at a fixed rate, the embedded database restarted half way', () => {
  let backend: RestartableBackend;
  let codes: string[];

  beforeAll(async () => {
    backend = await startRestartableBackend();
    codes = [];
    for (let n = 0; n < REFERRERS; n++) {
      const response = await fetch(`${backend.url}/v1/participants`, {
        method: 'POST',
        headers: { authorization: `Bearer ${backend.keys.secretKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ email: `referrer.${n}@soak.example`, name: `Referrer ${n}` }),
      });
      codes.push(((await response.json()) as { participant: { code: string } }).participant.code);
    }
  }, 120_000);
  afterAll(() => backend?.close());

  it(
    `records every click, join and conversion of ${SECONDS} s at ${PER_SECOND}/s exactly once`,
    async ({ task }) => {
      const run = await runSoak(backend, { seconds: SECONDS, perSecond: PER_SECOND, codes });
      const count = await countSoak(backend, run.events, 'referrer.');
      task.meta.hostile = {
        sent: count.sent,
        recorded: count.recorded,
        duplicated: count.duplicated,
        lost: count.lost,
      };
      const retried = run.events.filter((event) => event.attempts > 1).length;
      const byKind = (kind: string) => run.events.filter((event) => event.kind === kind).length;
      process.stdout.write(
        `\nsoak: ${count.sent} events (${byKind('click')} clicks, ${byKind('join')} joins, ${byKind('conversion')} conversions) ` +
          `in ${(run.elapsedMs / 1000).toFixed(0)} s, restart after ${(run.restartedAfterMs / 1000).toFixed(0)} s; ` +
          `${retried} retried (${Math.max(...run.events.map((event) => event.attempts))} attempts at most); ` +
          `recorded ${count.recorded}, lost ${count.lost}, duplicated ${count.duplicated}, altered ${count.altered}, refused ${count.refused}\n`,
      );
      expect(count).toEqual({ sent: count.sent, recorded: count.sent, duplicated: 0, lost: 0, altered: 0, refused: 0 });
      // The restart really was in the way of some events.
      expect(retried).toBeGreaterThan(0);
    },
    (SECONDS + 180) * 1000,
  );
});
