import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { unique, useFuzzApp } from '../test-support/fuzz-app.js';
import { FUZZ_RUNS, FUZZ_TIMEOUT } from '../test-support/fuzz-runs.js';
import { storableText } from '../test-support/hostile-text.js';
import { databases } from '../test-support/test-app.js';

// A property runs many requests: give it time enough on a loaded machine or on PostgreSQL.
vi.setConfig({ testTimeout: FUZZ_TIMEOUT });

// The server trims text fields; what is left must come back exactly, byte for byte.
const kept = (text: string) => text.trim() || null;

describe.each(databases)(
  'hostile but valid text kept verbatim on the $name database',
  { timeout: FUZZ_TIMEOUT },
  ({ url }) => {
    const app = useFuzzApp(url);

    it('answers back a joined name exactly as sent, SQL and markup included, with a referral code of the strict pattern', async () => {
      await fc.assert(
        fc.asyncProperty(storableText(100), async (name) => {
          const joined = await app.call('POST', '/v1/participants', {
            body: { email: `n.${unique()}@example.com`, name },
          });
          expect(joined.status).toBe(201);
          expect(joined.body.participant.code).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$/);
          expect(joined.body.participant.shareUrl).toBe(`https://shop.example/?ref=${joined.body.participant.code}`);
          const read = await app.call('GET', `/v1/participants/${joined.body.participant.id}`, { key: 'sk' });
          expect(read.body.participant.name).toBe(kept(name));
        }),
        { numRuns: FUZZ_RUNS },
      );
    });

    it('answers back a click’s landing URL, referrer and UTM exactly as sent', async () => {
      const utm = fc.record({ source: storableText(40), campaign: storableText(40) }, { requiredKeys: [] });
      await fc.assert(
        fc.asyncProperty(storableText(300), storableText(300), utm, async (landing, referrer, campaign) => {
          const clickId = `v_${unique()}`;
          const body = { code: app.code, clickId, url: landing, referrer, utm: campaign };
          expect((await app.call('POST', '/v1/clicks', { body })).status).toBe(201);
          const [click] = (await app.call('GET', `/v1/clicks?clickId=${clickId}`, { key: 'sk' })).body.items;
          const utmKept = Object.fromEntries(
            Object.entries(campaign)
              .map(([key, value]) => [key, value.trim()])
              .filter(([, value]) => value !== ''),
          );
          expect(click).toMatchObject({ url: kept(landing), referrer: kept(referrer), utm: utmKept });
        }),
        { numRuns: FUZZ_RUNS },
      );
    });

    it('stores a conversion’s order id, customer id and metadata exactly as sent', async () => {
      const metadata = fc.dictionary(
        storableText(40).filter((key) => key !== ''),
        storableText(100),
        { maxKeys: 5 },
      );
      await fc.assert(
        fc.asyncProperty(storableText(120), storableText(120), metadata, async (orderId, externalId, meta) => {
          const idempotencyKey = `v:${unique()}`;
          const body = { event: 'purchase', idempotencyKey, orderId, customer: { externalId }, metadata: meta };
          const answer = await app.call('POST', '/v1/conversions', { body });
          expect(answer.status).toBe(201);
          expect(answer.body.conversion.orderId).toBe(kept(orderId));
          const [row] = await app.ctx.db.query<{ customer_external_id: string | null; metadata: unknown }>(
            'SELECT customer_external_id, metadata FROM conversions WHERE idempotency_key = $1',
            [idempotencyKey],
          );
          expect(row!.customer_external_id).toBe(kept(externalId));
          const stored = typeof row!.metadata === 'string' ? JSON.parse(row!.metadata) : row!.metadata;
          expect(Object.entries(stored ?? {}).sort()).toEqual(Object.entries(meta).sort());
        }),
        { numRuns: FUZZ_RUNS },
      );
    });
  },
);
