export { isRujukError, RujukError, type RujukErrorCode } from '../errors/rujuk-error.js';
export { type GroupName, groupNames } from './group-names.js';
export type { ConformanceOptions, WebhookCheckOptions } from './options.js';
export { type ConformanceReport, runConformance } from './run-conformance.js';
export type { CheckResult } from './runner.js';
