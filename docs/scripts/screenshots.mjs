#!/usr/bin/env node
// Regenerates the screenshots the docs show (docs/images/*.png) from the running demo, in Debian's
// Chromium. Build first (`pnpm build`), then: node docs/scripts/screenshots.mjs
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startDemo } from '../../scripts/demo-site.mjs';

const images = fileURLToPath(new URL('../images/', import.meta.url));
const demo = await startDemo({ sitePort: 0, apiPort: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
  ],
});

try {
  // The seeded Anna (6 clicks, 3 purchases, Silver): a secret-key join hands out a fresh token for her.
  const joined = await fetch(`${demo.apiUrl}/v1/participants`, {
    method: 'POST',
    headers: { authorization: `Bearer ${demo.keys.secretKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'anna@example.com' }),
  }).then((response) => response.json());
  const saved = JSON.stringify({ apiUrl: demo.apiUrl, token: joined.token });

  const context = await browser.newContext({ viewport: { width: 1200, height: 820 }, deviceScaleFactor: 1 });
  await context.addInitScript((value) => localStorage.setItem('rujuk_token', value), saved);
  const page = await context.newPage();
  await page.goto(`${demo.siteUrl}/product.html?p=coffee`);
  await page.getByRole('button', { name: 'Refer a friend' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Progress' }).click();
  await dialog.locator('[part="stats"]').waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${images}widget.png` });
  console.log('wrote docs/images/widget.png');

  const gallery = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await gallery.goto(`${demo.siteUrl}/styling/`);
  for (const id of ['#light', '#dark', '#playful']) await gallery.locator(`${id} [part~="button"]`).waitFor();
  await gallery.waitForTimeout(300);
  await gallery.screenshot({ path: `${images}styling-gallery.png`, fullPage: true });
  console.log('wrote docs/images/styling-gallery.png');
} finally {
  await browser.close();
  await demo.close();
}
