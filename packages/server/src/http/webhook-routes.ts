import type { Hono } from 'hono';
import { RujukError } from '../errors/rujuk-error.js';
import { newId } from '../ids/random.js';
import type { AppContext } from '../services/app-context.js';
import { fulfilReward } from '../services/fulfil-reward.js';
import { pageRequest, toPage } from '../store/page.js';
import { parseFulfilRequest } from '../validation/fulfil-request.js';
import { parseEndpointRequest, parseEndpointUpdate } from '../validation/webhook-endpoint-request.js';
import { attemptsOf, deliveryById, listDeliveries, replayDelivery } from '../webhooks/delivery-store.js';
import { toEndpoint } from '../webhooks/endpoint-rows.js';
import {
  deleteEndpoint,
  endpointById,
  insertEndpoint,
  listEndpoints,
  updateEndpoint,
} from '../webhooks/endpoint-store.js';
import { toDelivery } from '../webhooks/present-delivery.js';
import { newWebhookSecret } from '../webhooks/sign-payload.js';
import { jsonBody, type ServerEnv } from './env.js';
import type { RequireKey } from './require-key.js';

const DELIVERY_STATUSES = new Set(['pending', 'delivered', 'failed']);

function noEndpoint(id: string): RujukError {
  return new RujukError('not_found', `No webhook endpoint has the id "${id}"; list them at /v1/webhook-endpoints.`);
}

/** Registers reward fulfilment and the webhook endpoints and deliveries API (secret key only). */
export function registerWebhookRoutes(app: Hono<ServerEnv>, ctx: AppContext, requireKey: RequireKey): void {
  app.post('/v1/rewards/:id/fulfil', requireKey('secret'), async (c) => {
    const fulfilment = parseFulfilRequest(await jsonBody(c));
    return c.json(await fulfilReward(ctx, c.req.param('id'), fulfilment));
  });

  app.get('/v1/webhook-endpoints', requireKey('secret'), async (c) => {
    const page = pageRequest(c.req.query('limit'), c.req.query('cursor'));
    return c.json(toPage(await listEndpoints(ctx.db, page), page.limit, toEndpoint));
  });

  app.post('/v1/webhook-endpoints', requireKey('secret'), async (c) => {
    const input = parseEndpointRequest(await jsonBody(c));
    const signingSecret = newWebhookSecret();
    const row = await insertEndpoint(ctx.db, { id: newId('whe'), ...input, secret: signingSecret, source: 'api' });
    return c.json({ endpoint: toEndpoint(row), secret: signingSecret }, 201);
  });

  app.get('/v1/webhook-endpoints/:id', requireKey('secret'), async (c) => {
    const row = await endpointById(ctx.db, c.req.param('id'));
    if (!row) throw noEndpoint(c.req.param('id'));
    return c.json(toEndpoint(row));
  });

  app.patch('/v1/webhook-endpoints/:id', requireKey('secret'), async (c) => {
    const changes = parseEndpointUpdate(await jsonBody(c));
    const row = await updateEndpoint(ctx.db, c.req.param('id'), changes);
    if (!row) throw noEndpoint(c.req.param('id'));
    return c.json(toEndpoint(row));
  });

  app.delete('/v1/webhook-endpoints/:id', requireKey('secret'), async (c) => {
    const row = await endpointById(ctx.db, c.req.param('id'));
    if (!row) throw noEndpoint(c.req.param('id'));
    if (row.source === 'config') {
      throw new RujukError(
        'invalid_state',
        `Webhook endpoint "${row.id}" comes from the program config; remove it there, or disable it with PATCH.`,
      );
    }
    await ctx.db.transaction((tx) => deleteEndpoint(tx, row.id));
    return c.body(null, 204);
  });

  app.get('/v1/webhook-deliveries', requireKey('secret'), async (c) => {
    const page = pageRequest(c.req.query('limit'), c.req.query('cursor'));
    const status = c.req.query('status');
    if (status !== undefined && !DELIVERY_STATUSES.has(status)) {
      throw new RujukError('invalid_request', 'Unknown status filter; use pending, delivered or failed.', {
        errors: [{ path: '/status', message: 'must be pending, delivered or failed' }],
      });
    }
    const filter = { endpointId: c.req.query('endpointId'), eventId: c.req.query('eventId'), status };
    const rows = await listDeliveries(ctx.db, filter, page);
    const attempts = await attemptsOf(
      ctx.db,
      rows.map((row) => row.id),
    );
    return c.json(toPage(rows, page.limit, (row) => toDelivery(row, attempts)));
  });

  app.post('/v1/webhook-deliveries/:id/replay', requireKey('secret'), async (c) => {
    const id = c.req.param('id');
    if (!(await replayDelivery(ctx.db, id))) {
      throw new RujukError('not_found', `No webhook delivery has the id "${id}"; list them at /v1/webhook-deliveries.`);
    }
    const row = await deliveryById(ctx.db, id);
    return c.json(toDelivery(row!, await attemptsOf(ctx.db, [id])));
  });
}
