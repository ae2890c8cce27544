// Crawlers, link unfurlers (a shared link is fetched by the chat app, not by a friend),
// headless browsers and HTTP libraries.
const BOT =
  /bot\b|bot\/|crawl|spider|slurp|facebookexternalhit|facebot|embedly|quora link preview|whatsapp|telegrambot|skypeuripreview|vkshare|pinterest|bitlybot|headlesschrome|phantomjs|puppeteer|playwright|selenium|webdriver|lighthouse|pagespeed|curl\/|wget\/|python-requests|python-urllib|aiohttp|httpx|go-http-client|java\/|okhttp|libwww|node-fetch|axios\/|undici|scrapy|httpclient|preview/i;

/** Whether a `User-Agent` belongs to a crawler, link previewer, headless browser or script. */
export function isBotUserAgent(userAgent: string | null | undefined): boolean {
  if (!userAgent) return true;
  return BOT.test(userAgent);
}
