import type { Page } from 'playwright-core';

/**
 * Opens the popup through the command bus, joins with `email` and returns the share link shown.
 * Works in any locale: it goes by the form's ids, not its labels.
 */
export async function joinThroughPopup(page: Page, email: string): Promise<string> {
  await page.evaluate(() => window.rujuk('open'));
  const dialog = page.getByRole('dialog');
  await dialog.locator('#rj-email').fill(email);
  await dialog.locator('button[type="submit"]').click();
  const link = dialog.locator('#rj-link');
  await link.waitFor();
  return link.inputValue();
}

/** Records every Content-Security-Policy violation of a page, read back with the returned function. */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}
