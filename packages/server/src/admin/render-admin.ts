import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { AdminData, AdminRow } from './admin-data.js';
import { ADMIN_ROWS } from './admin-data.js';

// Trusted text, written here: the one piece of the page passed through raw().
const STYLE = raw(`
:root{color-scheme:light dark;font:14px/1.45 system-ui,sans-serif}
body{margin:0;padding:1.5rem clamp(1rem,3vw,2.5rem);background:Canvas;color:CanvasText}
h1{margin:0 0 .25rem;font-size:1.5rem}h2{margin:2rem 0 .5rem;font-size:1.1rem}
p{margin:0;opacity:.75}nav{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0}
nav a{padding:.35rem .7rem;border:1px solid #8884;border-radius:999px;text-decoration:none;color:inherit}
.wrap{overflow-x:auto;border:1px solid #8884;border-radius:8px}
table{border-collapse:collapse;width:100%}th,td{padding:.4rem .6rem;text-align:left;border-bottom:1px solid #8882;white-space:nowrap}
td.long{white-space:normal;word-break:break-all;min-width:12rem}th{font-weight:600;background:#8881}
.flag{color:#b91c1c;font-weight:600}.empty{padding:.75rem;opacity:.7}`);

const LONG = new Set(['landing URL', 'referrer', 'idempotency key', 'record', 'email', 'customer']);

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

function cell(column: string, value: AdminRow[string]): Html {
  const flagged = (column === 'flag' || column === 'reason') && value;
  const text = value === null ? '—' : typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
  const classes = [LONG.has(column) ? 'long' : '', flagged ? 'flag' : ''].filter(Boolean).join(' ');
  return classes ? html`<td class="${classes}">${text}</td>` : html`<td>${text}</td>`;
}

function table(id: string, title: string, rows: AdminRow[], total: number): Html {
  const shown = total > rows.length ? ` (newest ${rows.length} of ${total})` : ` (${total})`;
  const head = html`<h2 id="${id}">${title}${shown}</h2>`;
  if (!rows.length) return html`${head}<div class="wrap"><p class="empty">None yet.</p></div>`;
  const columns = Object.keys(rows[0]!);
  return html`${head}<div class="wrap"><table><thead><tr>${columns.map(
    (column) => html`<th scope="col">${column}</th>`,
  )}</tr></thead><tbody>${rows.map(
    (row) => html`<tr>${columns.map((column) => cell(column, row[column] ?? null))}</tr>`,
  )}</tbody></table></div>`;
}

/** Renders the read-only admin page; `hono/html` escapes every interpolated value. */
export function renderAdmin(programName: string, data: AdminData): Html {
  const { totals } = data;
  const sections: Array<[string, string, AdminRow[], number]> = [
    ['participants', 'Participants', data.participants, totals.participants],
    ['clicks', 'Clicks', data.clicks, totals.clicks],
    ['conversions', 'Conversions', data.conversions, totals.conversions],
    ['rewards', 'Reward grants', data.grants, totals.grants],
    ['flagged', 'Flagged records', data.flagged, totals.flagged],
  ];
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${programName} · Rujuk admin</title><style>${STYLE}</style></head>
<body><h1>${programName}</h1>
<p>Read-only view of the reference backend, newest first, up to ${ADMIN_ROWS} rows per table. Reload for fresh data; approve or refund conversions through the secret-key API.</p>
<nav aria-label="Tables">${sections.map(([id, title, , total]) => html`<a href="#${id}">${title} · ${total}</a>`)}</nav>
${sections.map(([id, title, rows, total], i) => [i ? '\n' : '', table(id, title, rows, total)])}
</body></html>`;
}
