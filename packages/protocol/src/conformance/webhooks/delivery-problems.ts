import { payloadErrors } from './payload.js';
import type { Delivered } from './receiver.js';
import { signatureMatches } from './signature.js';

/** How far `webhook-timestamp` may be from the receiver's clock, as Standard Webhooks receivers allow. */
const TOLERANCE_SECONDS = 5 * 60;

/** Lists what is wrong with one received webhook request, each as "… reason"; empty when it conforms. */
export function deliveryProblems(request: Delivered, secret: string): string[] {
  const header = (name: string) => {
    const value = request.headers[name];
    return typeof value === 'string' ? value : undefined;
  };
  const id = header('webhook-id');
  const timestamp = header('webhook-timestamp');
  const signature = header('webhook-signature');
  const problems: string[] = [];
  if (!id) problems.push('has no webhook-id header');
  if (!timestamp || !/^\d+$/.test(timestamp))
    problems.push(`has webhook-timestamp "${timestamp ?? ''}", not Unix seconds`);
  else if (Math.abs(Number(timestamp) - request.receivedAt / 1000) > TOLERANCE_SECONDS) {
    problems.push(`has webhook-timestamp ${timestamp}, more than five minutes from now`);
  }
  if (!signature) problems.push('has no webhook-signature header');
  else if (id && timestamp && !signatureMatches(secret, id, timestamp, request.body, signature)) {
    problems.push('has a webhook-signature that the endpoint secret does not verify');
  }
  const type = header('content-type') ?? '';
  if (!/^application\/json\b/.test(type)) problems.push(`has content-type "${type}", not application/json`);
  problems.push(...payloadErrors(request.body).map((error) => `payload ${error}`));
  return problems;
}
