export { createClient } from './client/create-client.js';
export type { ClientOptions, RujukClient } from './client/types.js';
export type { RujukErrorCode, RujukErrorOptions } from './errors/rujuk-error.js';
export { isRujukError, RujukError } from './errors/rujuk-error.js';
export type { RequestOptions, RetryOption } from './http/types.js';
export type { ParticipantAuth, SignedIdentity } from './session/create-session.js';
export type { TokenStorage } from './session/token-storage.js';
export { getStores } from './stores/get-stores.js';
export type { RujukStatus, RujukStores } from './stores/types.js';
