/** What every message Rujuk writes to the console starts with, so a developer can filter for them. */
export const LOG_PREFIX = '[rujuk]';
