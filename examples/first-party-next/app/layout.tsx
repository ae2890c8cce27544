import Script from 'next/script';
import type { ReactNode } from 'react';

const key = process.env.NEXT_PUBLIC_RUJUK_KEY;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <nav>
          <a href="/">Kopi Next</a> · <a href="/signup">Sign up</a>
        </nav>
        {children}
        {/* From the app's own origin, talking to the protocol there: first-party mode. */}
        <Script id="rujuk-stub" strategy="beforeInteractive">
          {'window.rujuk=window.rujuk||function(){(rujuk.q=rujuk.q||[]).push(arguments)}'}
        </Script>
        <Script src="/_rujuk/rujuk.global.js" data-key={key} data-api="/_rujuk" strategy="afterInteractive" />
      </body>
    </html>
  );
}
