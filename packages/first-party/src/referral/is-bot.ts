// The snippet's list: crawlers, link unfurlers (a shared link is fetched by the chat app, not by a
// friend) and headless browsers.
const BOTS = /bot|crawl|spider|slurp|externalhit|preview|headless|lighthouse|whatsapp/i;

/** Whether a request's user agent is a bot, whose visit must not count as a click. */
export const isBot = (userAgent: string | null): boolean => !userAgent || BOTS.test(userAgent);
