import { encodeReferral, guard, REF_NAME } from '@rujuk/contract';
import { currentReferral } from '../cookie/referral-store.js';
import { S } from '../core/state.js';

/** Whether a URL points to one of the configured sister domains (or a subdomain of one), other than this host. */
export const isSister = (href: string): boolean => {
  const host = '.' + new URL(href, location.href).hostname;
  return host != '.' + location.hostname && S._cfg._domains.some((domain) => host.endsWith('.' + domain));
};

/**
 * Brings the page up to date with the current referral: `<form data-rujuk>`, `<form data-rujuk-join>`
 * and forms posting to a sister domain get a hidden `rujuk_ref` input; links to sister domains get
 * a `rujuk_ref` parameter, so the receiving site keeps the same referral and click id.
 */
export const scan = (): unknown =>
  // A malformed href (`new URL` throws) must not stop the page's own handlers.
  guard(() => {
    let value: string | undefined;
    // The cookie is read only when a form or link needs it. Before consent nothing leaves the page,
    // not even in a form.
    const current = (): string => {
      if (value == null) {
        const referral = S._ok && currentReferral();
        value = referral ? encodeReferral(referral) : '';
      }
      return value;
    };
    const sisters = S._cfg._domains[0];
    for (const form of document.forms)
      if (form.matches('[data-rujuk],[data-rujuk-join]') || (sisters && isSister(form.action) && current()))
        (
          (form.querySelector('[name=' + REF_NAME + ']') ||
            form.appendChild(
              Object.assign(document.createElement('input'), { type: 'hidden', name: REF_NAME }),
            )) as HTMLInputElement
        ).value = current();
    if (sisters && current())
      for (const link of document.links)
        if (isSister(link.href)) {
          const url = new URL(link.href);
          url.searchParams.set(REF_NAME, value!);
          // Rewriting an unchanged href would still be a DOM mutation, so skip it.
          if (link.href != url.href) link.href = url.href;
        }
  });
