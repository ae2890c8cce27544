/**
 * The CORS preflight of every path a browser calls with the publishable key. `OPTIONS` from an
 * allowed origin answers `204` with the `Access-Control-Allow-*` headers; from any other origin, or
 * without one, `403 origin_not_allowed` without them.
 */
export interface Preflights {
  preflightProgram: { method: 'OPTIONS'; path: '/v1/program' };
  preflightClicks: { method: 'OPTIONS'; path: '/v1/clicks' };
  preflightParticipants: { method: 'OPTIONS'; path: '/v1/participants' };
  preflightParticipantsMe: { method: 'OPTIONS'; path: '/v1/participants/me' };
  preflightConversions: { method: 'OPTIONS'; path: '/v1/conversions' };
  preflightLeaderboard: { method: 'OPTIONS'; path: '/v1/leaderboard' };
}

/** The operation id of a CORS preflight, e.g. `'preflightClicks'`. */
export type PreflightName = keyof Preflights;
