import type { FuzzApp } from './fuzz-app.js';
import { unique } from './fuzz-app.js';

/** One request to an endpoint of the protocol: method, path and a body valid for it. */
export interface EndpointCall {
  method: 'GET' | 'POST';
  path: string;
  body?: Record<string, unknown>;
  /** Which key the endpoint takes when called properly. */
  key: 'pk' | 'sk';
  /** Participant headers the call needs, if any. */
  headers?: Record<string, string>;
}

/**
 * A valid call to every endpoint of the protocol document (new ids each time, so a call that gets
 * through would store something). `pendingId` is a held conversion that approve and refund target.
 */
export function everyEndpoint(app: FuzzApp, pendingId: string): EndpointCall[] {
  const id = unique();
  return [
    { method: 'GET', path: '/v1/program', key: 'pk' },
    { method: 'POST', path: '/v1/clicks', key: 'pk', body: { code: app.code, clickId: `click_${id}` } },
    { method: 'GET', path: '/v1/clicks', key: 'sk' },
    { method: 'POST', path: '/v1/participants', key: 'pk', body: { email: `new.${id}@example.com` } },
    { method: 'GET', path: '/v1/participants', key: 'sk' },
    { method: 'GET', path: '/v1/participants/me', key: 'pk', headers: { 'x-rujuk-token': app.token } },
    { method: 'GET', path: `/v1/participants/${app.participantId}`, key: 'sk' },
    { method: 'POST', path: '/v1/conversions', key: 'pk', body: { event: 'purchase', idempotencyKey: `k:${id}` } },
    { method: 'GET', path: '/v1/conversions', key: 'sk' },
    { method: 'POST', path: `/v1/conversions/${pendingId}/approve`, key: 'sk' },
    { method: 'POST', path: `/v1/conversions/${pendingId}/refund`, key: 'sk' },
    { method: 'GET', path: '/v1/leaderboard', key: 'pk' },
  ];
}
