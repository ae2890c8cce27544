import type { JoinResponse } from '@rujuk/protocol';
import type { RujukError } from '../errors/rujuk-error.js';
import { type Call, createTransport, type Send } from '../http/create-transport.js';
import { parseOptions } from '../options/parse-options.js';
import { createSession } from '../session/create-session.js';
import type { ClientOptions, RujukClient } from './types.js';

/** Creates the browser-safe client. It never throws: with a wrong option every call rejects with the reason. */
export function createClient(options: ClientOptions): RujukClient {
  const [settings, invalid] = parseOptions(options, 'publishableKey');
  const session = createSession(settings.apiUrl, options || {});
  const transport = createTransport(settings);
  const send: Send = (method, path, call) => (invalid ? Promise.reject(invalid) : transport(method, path, call));

  // Sends the participant's credentials; when the backend refuses them they are forgotten, so the
  // page stops presenting a revoked token and `onAuthChange` listeners learn of it.
  const asParticipant = async <T>(method: 'GET' | 'POST', path: string, call?: Call) => {
    const headers = session.headers();
    try {
      return await send<T>(method, path, { ...call, headers });
    } catch (error) {
      if (/^invalid_(token|signature)$/.test((error as RujukError).code)) session.refuse(headers);
      throw error;
    }
  };

  return {
    apiUrl: settings.apiUrl,
    getProgram: (o) => send('GET', '/v1/program', o),
    trackClick: (body, o) => send('POST', '/v1/clicks', { ...o, body }),
    async join(body, o) {
      const joined = await asParticipant<JoinResponse>('POST', '/v1/participants', { ...o, body, once: true });
      if (joined.token) session.identify({ token: joined.token });
      return joined;
    },
    // Signed out, the backend itself answers 401 participant_auth_required: no need to ship that check.
    getMe: (o) => asParticipant('GET', '/v1/participants/me', o),
    getLeaderboard: (query, o) => asParticipant('GET', '/v1/leaderboard', { ...o, query }),
    reportConversion: (body, o) => send('POST', '/v1/conversions', { ...o, body }),
    identify: session.identify,
    logout: session.logout,
    isIdentified: session.identified,
    onAuthChange: session.onChange,
  };
}
