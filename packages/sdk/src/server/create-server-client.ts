import type { ParticipantPage } from '@rujuk/protocol';
import { createTransport } from '../http/create-transport.js';
import { parseOptions } from '../options/parse-options.js';
import { purchaseConversion } from './purchase-conversion.js';
import { signIdentity } from './sign-identity.js';
import type { RujukServerClient, ServerClientOptions } from './types.js';

/**
 * Creates the Node client that holds the secret key. Throws a `RujukError` at once when an option is
 * wrong, so a misconfigured server fails at boot rather than on its first webhook.
 */
export function createServerClient(options: ServerClientOptions): RujukServerClient {
  const [settings, invalid] = parseOptions(options, 'secretKey');
  if (invalid) throw invalid;
  const send = createTransport(settings);
  const id = (value: string) => encodeURIComponent(value);
  const client: RujukServerClient = {
    apiUrl: settings.apiUrl,
    reportConversion: (body, o) => send('POST', '/v1/conversions', { ...o, body }),
    confirmPurchase: (input, o) => client.reportConversion(purchaseConversion(input), o),
    approveConversion: (conversion, o) => send('POST', `/v1/conversions/${id(conversion)}/approve`, o),
    refundConversion: (conversion, o) => send('POST', `/v1/conversions/${id(conversion)}/refund`, o),
    fulfilReward: (reward, body, o) => send('POST', `/v1/rewards/${id(reward)}/fulfil`, { ...o, body }),
    getParticipant: (participant, o) => send('GET', `/v1/participants/${id(participant)}`, o),
    async findParticipantByEmail(email, o) {
      const page = await send<ParticipantPage>('GET', '/v1/participants', {
        ...o,
        query: { email: String(email).trim(), limit: 1 },
      });
      return page.items[0] ?? null;
    },
    listParticipants: (query, o) => send('GET', '/v1/participants', { ...o, query: { ...query } }),
    listClicks: (query, o) => send('GET', '/v1/clicks', { ...o, query: { ...query } }),
    listConversions: (query, o) => send('GET', '/v1/conversions', { ...o, query: { ...query } }),
    signIdentity: (email) => signIdentity(options.secretKey, email),
  };
  return client;
}
