// The error family every Rujuk package shares; the script tag makes plain `Error`s of the same shape (events/report.ts).
export type { RujukErrorCode } from '@rujuk/contract';
export { isRujukError, RujukError } from '@rujuk/contract';
