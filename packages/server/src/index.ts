export { demoProgram } from './config/demo-program.js';
export { loadConfig } from './config/load-config.js';
export { parseConfig } from './config/parse-config.js';
export type {
  ConversionSettings,
  ProgramConfig,
  ProgramConfigInput,
  RewardInput,
  TierInput,
  VariantInput,
} from './config/types.js';
export type { ConfigEndpoint, WebhookEndpointInput } from './config/webhook-endpoints.js';
export type { Database, Queryable } from './db/database.js';
export type { Migration } from './db/migrations.js';
export { migrations } from './db/migrations.js';
export type { RujukErrorCode, RujukErrorOptions, StartupErrorCode } from './errors/rujuk-error.js';
export { isRujukError, RujukError } from './errors/rujuk-error.js';
export type { TrustProxy } from './http/client-address.js';
export type { AppOptions } from './http/create-app.js';
export { createApp } from './http/create-app.js';
export { MAX_BODY_BYTES } from './http/read-body.js';
export type { SeedSummary } from './seed/seed-demo.js';
export { seedDemo } from './seed/seed-demo.js';
export type { ContextOptions } from './server/create-context.js';
export { createContext } from './server/create-context.js';
export type { StartServerOptions } from './server/options.js';
export type { RunningServer } from './server/start-server.js';
export { startServer } from './server/start-server.js';
export type { AppContext } from './services/app-context.js';
export type { WebhookDispatcher } from './webhooks/dispatcher.js';
export { DEFAULT_RETRY_SCHEDULE } from './webhooks/retry-schedule.js';
export type { WebhookOptions } from './webhooks/webhook-options.js';
