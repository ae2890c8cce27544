import { describe, expect, it } from 'vitest';
import type { AdminData } from './admin-data.js';
import { renderAdmin } from './render-admin.js';

const HOSTILE = `<script>alert("x")</script> & 'quoted' "><img src=x onerror=alert(1)>`;
const ESCAPED =
  '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;';

const data = (): AdminData => ({
  totals: { participants: 1, clicks: 1, conversions: 0, grants: 0, flagged: 1 },
  participants: [
    { code: 'ANNA', name: HOSTILE, email: 'a@example.com', 'referred by': null, clicks: 2, flag: null, joined: 'now' },
  ],
  clicks: [{ code: 'ANNA', 'click id': 'c1', 'landing URL': HOSTILE, referrer: null, flag: HOSTILE, at: 'now' }],
  conversions: [],
  grants: [],
  flagged: [{ kind: 'click', record: HOSTILE, reason: 'bot', at: 'now' }],
});

describe('the admin page template', () => {
  it('writes markup, quotes and ampersands from records and the program name as escaped text', async () => {
    const page = String(await renderAdmin(HOSTILE, data()));
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<img');
    expect(page).not.toContain(`'quoted'`);
    expect(page).toContain(`<title>${ESCAPED} · Rujuk admin</title>`);
    expect(page).toContain(`<h1>${ESCAPED}</h1>`);
    expect(page).toContain(`<td>${ESCAPED}</td>`);
    expect(page).toContain(`<td class="long">${ESCAPED}</td>`);
    expect(page).toContain(`<td class="flag">${ESCAPED}</td>`);
  });

  it('shows empty values as a dash, booleans as yes or no, and tables without rows as none yet', async () => {
    const rows = data();
    rows.conversions = [{ event: 'purchase', qualifying: true, order: null }];
    rows.totals.conversions = 1;
    const page = String(await renderAdmin('Shop', rows));
    expect(page).toContain('<td>purchase</td><td>yes</td><td>—</td>');
    expect(page).toContain(
      '<h2 id="rewards">Reward grants (0)</h2><div class="wrap"><p class="empty">None yet.</p></div>',
    );
    expect(page).toContain('<style>\n:root{');
  });
});
