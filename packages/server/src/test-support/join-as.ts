import { expect } from 'vitest';

/** Joins `email` through a server's publishable key and answers the new participant's id. */
export async function joinAs(server: { url: string; publishableKey: string }, email: string): Promise<string> {
  const response = await fetch(`${server.url}/v1/participants`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.publishableKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { participant: { id: string } }).participant.id;
}
