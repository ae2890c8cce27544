import { createClient, getStores } from '@rujuk/sdk';
import { rujukConfig } from './config.js';

/** The app's one Rujuk client; the participant token it gets on join is saved in `localStorage`. */
export const client = createClient(rujukConfig);

/** The shared stores: `$participant`, `$stats`, `$status`, `load()`, `join()`, `refresh()`, `logout()`. */
export const stores = getStores(client);
