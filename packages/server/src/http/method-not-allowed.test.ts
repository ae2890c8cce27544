import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-support/test-app.js';
import { createApp } from './create-app.js';

// Routing answers before any query, so one database kind is enough here.
describe('405 method_not_allowed', () => {
  const t = useTestApp(undefined);

  it('reads Allow from the routes the app registers, reads before writes, routes added later included', async () => {
    const app = createApp(t.ctx);
    app.put('/v1/extra', (c) => c.body(null, 204));
    app.get('/v1/extra', (c) => c.body(null, 204));
    const answer = await app.request('/v1/extra', { method: 'DELETE' });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('GET, PUT');
    expect(await answer.json()).toMatchObject({ code: 'method_not_allowed', detail: 'Use GET or PUT on /v1/extra.' });
  });

  it('names the path as called and every method of a record path, before any key is checked', async () => {
    const answer = await t.call('PUT', '/v1/webhook-endpoints/whe_x', { key: null });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('GET, PATCH, DELETE');
    expect(answer.body.detail).toBe('Use GET or PATCH or DELETE on /v1/webhook-endpoints/whe_x.');
  });

  it('leaves an unknown path 404, whatever the method', async () => {
    const answer = await t.call('DELETE', '/v1/nowhere', { key: null });
    expect({ status: answer.status, code: answer.body.code }).toEqual({ status: 404, code: 'not_found' });
  });
});
