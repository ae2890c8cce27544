import type { ServerResponse } from 'node:http';

/** Writes a web `Response` to a Node response, `Set-Cookie` values kept apart. */
export async function sendResponse(response: Response, res: ServerResponse): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader('set-cookie', cookies);
  res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
}

/** Adds `Set-Cookie` values to a Node response without dropping those the app set. */
export function appendCookies(res: ServerResponse, values: string[]): void {
  if (!values.length) return;
  const existing = res.getHeader('set-cookie');
  res.setHeader('set-cookie', [...(existing === undefined ? [] : [existing].flat().map(String)), ...values]);
}
