// Crawlers, link unfurlers (a shared link is fetched by the chat app, not by a friend) and headless browsers.
const BOTS = /bot|crawl|spider|slurp|externalhit|preview|headless|lighthouse|whatsapp/i;

/** Whether this visit is a bot or browser automation, which must not count as a click. */
export const isBot = (): boolean => !!navigator.webdriver || BOTS.test(navigator.userAgent);
