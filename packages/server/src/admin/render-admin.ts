import type { AdminData, AdminRow } from './admin-data.js';
import { ADMIN_ROWS } from './admin-data.js';
import { escapeHtml } from './escape-html.js';

const STYLE = `
:root{color-scheme:light dark;font:14px/1.45 system-ui,sans-serif}
body{margin:0;padding:1.5rem clamp(1rem,3vw,2.5rem);background:Canvas;color:CanvasText}
h1{margin:0 0 .25rem;font-size:1.5rem}h2{margin:2rem 0 .5rem;font-size:1.1rem}
p{margin:0;opacity:.75}nav{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0}
nav a{padding:.35rem .7rem;border:1px solid #8884;border-radius:999px;text-decoration:none;color:inherit}
.wrap{overflow-x:auto;border:1px solid #8884;border-radius:8px}
table{border-collapse:collapse;width:100%}th,td{padding:.4rem .6rem;text-align:left;border-bottom:1px solid #8882;white-space:nowrap}
td.long{white-space:normal;word-break:break-all;min-width:12rem}th{font-weight:600;background:#8881}
.flag{color:#b91c1c;font-weight:600}.empty{padding:.75rem;opacity:.7}`;

const LONG = new Set(['landing URL', 'referrer', 'idempotency key', 'record', 'email', 'customer']);

function table(id: string, title: string, rows: AdminRow[], total: number): string {
  const shown = total > rows.length ? ` (newest ${rows.length} of ${total})` : ` (${total})`;
  const head = `<h2 id="${id}">${escapeHtml(title)}${escapeHtml(shown)}</h2>`;
  if (!rows.length) return `${head}<div class="wrap"><p class="empty">None yet.</p></div>`;
  const columns = Object.keys(rows[0]!);
  const cell = (column: string, value: AdminRow[string]) => {
    const flagged = (column === 'flag' || column === 'reason') && value;
    const text = value === null ? '—' : typeof value === 'boolean' ? (value ? 'yes' : 'no') : value;
    const classes = [LONG.has(column) ? 'long' : '', flagged ? 'flag' : ''].filter(Boolean).join(' ');
    return `<td${classes ? ` class="${classes}"` : ''}>${escapeHtml(text)}</td>`;
  };
  return `${head}<div class="wrap"><table><thead><tr>${columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${columns.map((column) => cell(column, row[column] ?? null)).join('')}</tr>`)
    .join('')}</tbody></table></div>`;
}

/** Renders the read-only admin page; every value is HTML-escaped. */
export function renderAdmin(programName: string, data: AdminData): string {
  const { totals } = data;
  const sections: Array<[string, string, AdminRow[], number]> = [
    ['participants', 'Participants', data.participants, totals.participants],
    ['clicks', 'Clicks', data.clicks, totals.clicks],
    ['conversions', 'Conversions', data.conversions, totals.conversions],
    ['rewards', 'Reward grants', data.grants, totals.grants],
    ['flagged', 'Flagged records', data.flagged, totals.flagged],
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(programName)} · Rujuk admin</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(programName)}</h1>
<p>Read-only view of the reference backend, newest first, up to ${ADMIN_ROWS} rows per table. Reload for fresh data; approve or refund conversions through the secret-key API.</p>
<nav aria-label="Tables">${sections.map(([id, title, , total]) => `<a href="#${id}">${escapeHtml(title)} · ${total}</a>`).join('')}</nav>
${sections.map(([id, title, rows, total]) => table(id, title, rows, total)).join('\n')}
</body></html>`;
}
