/** Every click id stored for `code`, read page by page through `GET /v1/clicks` with the secret key. */
export async function storedClickIds(url: string, secretKey: string, code: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ code, limit: '100', ...(cursor ? { cursor } : {}) });
    const response = await fetch(`${url}/v1/clicks?${query}`, { headers: { authorization: `Bearer ${secretKey}` } });
    if (!response.ok) throw new Error(`GET /v1/clicks answered ${response.status}: ${await response.text()}`);
    const page = (await response.json()) as { items: { clickId: string }[]; nextCursor: string | null };
    for (const click of page.items) ids.push(click.clickId);
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}
