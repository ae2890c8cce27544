import type { Metadata } from 'next';
import Script from 'next/script';
import type { ReactNode } from 'react';

const key = process.env.NEXT_PUBLIC_RUJUK_KEY;

export const metadata: Metadata = { title: 'Kopi Next' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <nav>
          <a href="/">Kopi Next</a> · <a href="/signup">Sign up</a> · <a href="/product">Beans</a> ·{' '}
          <button type="button" data-rujuk-open>
            Refer a friend
          </button>
        </nav>
        <main>{children}</main>
        {/* From the app's own origin, talking to the protocol there: first-party mode. */}
        <Script id="rujuk-stub" strategy="beforeInteractive">
          {'window.rujuk=window.rujuk||function(){(rujuk.q=rujuk.q||[]).push(arguments)}'}
        </Script>
        <Script src="/_rujuk/rujuk.global.js" data-key={key} data-api="/_rujuk" strategy="afterInteractive" />
        <Script src="/_rujuk/widget.global.js" data-key={key} data-api="/_rujuk" strategy="afterInteractive" />
      </body>
    </html>
  );
}
