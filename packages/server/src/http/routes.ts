import type { Hono } from 'hono';
import { RujukError } from '../errors/rujuk-error.js';
import type { AppContext } from '../services/app-context.js';
import { join } from '../services/join.js';
import { leaderboard } from '../services/leaderboard.js';
import { authenticateParticipant } from '../services/participant-auth.js';
import { participantView } from '../services/participant-view.js';
import { toClick, toConversion, toParticipant } from '../services/present.js';
import { reportConversion } from '../services/report-conversion.js';
import { approveConversion, refundConversion } from '../services/review-conversion.js';
import { trackClick } from '../services/track-click.js';
import { listClicks } from '../store/clicks.js';
import { listConversions } from '../store/conversions.js';
import { pageRequest, toPage } from '../store/page.js';
import { listParticipants, participantById } from '../store/participants.js';
import { parseClickRequest } from '../validation/click-request.js';
import { parseConversionRequest } from '../validation/conversion-request.js';
import { parseJoinRequest } from '../validation/join-request.js';
import { identityHeaders, jsonBody, requestFacts, type ServerEnv } from './env.js';
import { EMPTY_PAGE, filtersCanMatch } from './list-filter.js';
import { keyChecks } from './require-key.js';
import { registerWebhookRoutes } from './webhook-routes.js';

const STATUSES = new Set(['pending', 'approved', 'flagged', 'refunded']);

/** Registers every `/v1` endpoint of the protocol on the app. */
export function registerRoutes(app: Hono<ServerEnv>, ctx: AppContext, originAllowed: (o: string) => boolean): void {
  const programJson = JSON.stringify(ctx.config.program);
  const requireKey = keyChecks(ctx, originAllowed);

  app.get('/v1/health', (c) => c.json({ ok: true }));

  app.get('/v1/program', requireKey('publishable'), (c) =>
    c.body(programJson, 200, { 'content-type': 'application/json' }),
  );

  app.post('/v1/clicks', requireKey('publishable'), async (c) => {
    const input = parseClickRequest(await jsonBody(c));
    const { response, created } = await trackClick(ctx, input, requestFacts(c));
    return c.json(response, created ? 201 : 200);
  });

  app.get('/v1/clicks', requireKey('secret'), async (c) => {
    const page = pageRequest(c.req.query('limit'), c.req.query('cursor'));
    const filter = { code: c.req.query('code')?.toUpperCase(), clickId: c.req.query('clickId') };
    if (!filtersCanMatch(filter)) return c.json(EMPTY_PAGE);
    return c.json(toPage(await listClicks(ctx.db, filter, page), page.limit, toClick));
  });

  app.post('/v1/participants', requireKey('publishable'), async (c) => {
    const input = parseJoinRequest(await jsonBody(c));
    const { response, created } = await join(ctx, input, {
      ...requestFacts(c),
      secret: c.var.caller === 'secret',
      identity: identityHeaders(c),
    });
    return c.json(response, created ? 201 : 200);
  });

  app.get('/v1/participants', requireKey('secret'), async (c) => {
    const page = pageRequest(c.req.query('limit'), c.req.query('cursor'));
    const filter = { email: c.req.query('email')?.trim().toLowerCase(), code: c.req.query('code')?.toUpperCase() };
    if (!filtersCanMatch(filter)) return c.json(EMPTY_PAGE);
    const rows = await listParticipants(ctx.db, filter, page);
    return c.json(toPage(rows, page.limit, (row) => toParticipant(row, ctx.config, true)));
  });

  app.get('/v1/participants/me', requireKey('publishable'), async (c) => {
    const me = await authenticateParticipant(ctx, identityHeaders(c));
    if (!me) {
      throw new RujukError(
        'participant_auth_required',
        'Send the participant token as X-Rujuk-Token, or X-Rujuk-Email with X-Rujuk-Signature.',
      );
    }
    return c.json(await participantView(ctx, me));
  });

  app.get('/v1/participants/:id', requireKey('secret'), async (c) => {
    const row = await participantById(ctx.db, c.req.param('id'));
    if (!row) throw new RujukError('not_found', `No participant has the id "${c.req.param('id')}".`);
    return c.json(await participantView(ctx, row));
  });

  app.post('/v1/conversions', requireKey('publishable'), async (c) => {
    const body = await jsonBody(c);
    const input = parseConversionRequest(body);
    const source = c.var.caller === 'secret' ? 'server' : 'client';
    const { response, created } = await reportConversion(ctx, input, body, source);
    return c.json(response, created ? 201 : 200);
  });

  app.get('/v1/conversions', requireKey('secret'), async (c) => {
    const page = pageRequest(c.req.query('limit'), c.req.query('cursor'));
    const status = c.req.query('status');
    if (status !== undefined && !STATUSES.has(status)) {
      throw new RujukError('invalid_request', 'Unknown status filter; use pending, approved, flagged or refunded.', {
        errors: [{ path: '/status', message: 'must be pending, approved, flagged or refunded' }],
      });
    }
    const filter = {
      orderId: c.req.query('orderId'),
      idempotencyKey: c.req.query('idempotencyKey'),
      referrerCode: c.req.query('referrerCode')?.toUpperCase(),
      status,
    };
    if (!filtersCanMatch(filter)) return c.json(EMPTY_PAGE);
    return c.json(toPage(await listConversions(ctx.db, filter, page), page.limit, toConversion));
  });

  app.post('/v1/conversions/:id/approve', requireKey('secret'), async (c) => {
    return c.json(await approveConversion(ctx, c.req.param('id')));
  });

  app.post('/v1/conversions/:id/refund', requireKey('secret'), async (c) => {
    return c.json(await refundConversion(ctx, c.req.param('id')));
  });

  app.get('/v1/leaderboard', requireKey('publishable'), async (c) => {
    const raw = c.req.query('limit');
    const limit = raw === undefined ? 10 : Number(raw);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100 || !/^\d+$/.test(raw ?? '10')) {
      throw new RujukError('invalid_request', 'The limit query parameter must be an integer from 1 to 100.', {
        errors: [{ path: '/limit', message: 'must be an integer from 1 to 100' }],
      });
    }
    // A stale token only loses the caller's own row; the public board still answers.
    const me = await authenticateParticipant(ctx, identityHeaders(c)).catch(() => null);
    return c.json(await leaderboard(ctx, limit, me));
  });

  registerWebhookRoutes(app, ctx, requireKey);
}
