import { createClient, getStores } from '@rujuk/sdk';
import { emitError } from '../events/emit-error.js';
import type { ResolvedOptions } from '../options/types.js';
import { readItem, writeItem } from '../storage/safe-storage.js';
import type { WidgetClient, WidgetStores } from './sdk-types.js';

const clients = new Map<string, WidgetClient>();
// The participant token goes through the widget's storage, so it too waits for consent when required.
const storage = {
  getItem: (key: string) => readItem(key),
  setItem: (key: string, value: string) => writeItem(key, value),
  removeItem: (key: string) => writeItem(key, null),
};

/** One client (and so one set of stores) per backend and key, so every widget on a page shares state. */
export function connect(options: ResolvedOptions): { client: WidgetClient; stores: WidgetStores } {
  const id = `${options.apiUrl}|${options.publishableKey}`;
  let client = clients.get(id);
  if (!client) {
    client = createClient({ apiUrl: options.apiUrl, publishableKey: options.publishableKey, storage });
    clients.set(id, client);
    // The program or the participant failed to load (every widget of this client shows it): say so once.
    getStores(client as Parameters<typeof getStores>[0]).$error.listen(
      (error) => error && emitError(error, 'program_unavailable'),
    );
  }
  // The host page vouches for the signed-in user: switch to them even if someone else joined on this device.
  if (options.identity) client.identify(options.identity);
  else if (options.token) client.identify({ token: options.token });
  const stores = getStores(client as Parameters<typeof getStores>[0]) as unknown as WidgetStores;
  return { client, stores };
}
