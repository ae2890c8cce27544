#!/usr/bin/env node
// Main-thread cost of the script-tag build in headless Chromium: the median, over fresh browser
// contexts, of the time from just before the snippet's <script> to just after it (parse, compile
// and run; the snippet leaves the rest to idle time after load). Compared with a floor script that
// only reads and writes one cookie. Usage: pnpm bench [runs]
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';

const runs = Number(process.argv[2]) || 25;
const code = readFileSync(new URL('../dist/rujuk.global.js', import.meta.url), 'utf8').replace(
  /\n\/\/# sourceMappingURL.*$/,
  '',
);
const floor =
  "document.cookie.match(/(?:^|; )floor=([^;]*)/);document.cookie='floor=1; Path=/; SameSite=Lax; Max-Age=7776000'";

const page = (script, attributes = '') => `<!doctype html><html><head><title>bench</title>
<script>window.rujuk=window.rujuk||function(){(rujuk.q=rujuk.q||[]).push(arguments)};performance.mark('a')</script>
<script ${attributes}>${script}</script>
<script>performance.mark('b')</script></head><body><p>Bench page</p></body></html>`;

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname.startsWith('/v1/')) {
    res
      .writeHead(201, { 'access-control-allow-origin': '*', 'content-type': 'application/json' })
      .end('{"duplicate":false}');
    return;
  }
  const body =
    url.pathname === '/floor.html'
      ? page(floor)
      : url.pathname === '/empty.html'
        ? page('')
        : page(code, `data-key="pk_bench" data-api="http://127.0.0.1:${server.address().port}"`);
  res.writeHead(200, { 'content-type': 'text/html' }).end(body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

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

const measure = async (path) => {
  const times = [];
  let longTasks = 0;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0.0.0 Safari/537.36',
    });
    const tab = await context.newPage();
    await tab.goto(base + path, { waitUntil: 'load' });
    const result = await tab.evaluate(() => ({
      ms: performance.measure('snippet', 'a', 'b').duration,
      long: performance.getEntriesByType('longtask').length,
    }));
    times.push(result.ms);
    longTasks += result.long;
    await context.close();
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times.at(-1), longTasks };
};

const rows = {
  'no referral (/)': await measure('/'),
  'landing (?ref=ANNA42)': await measure('/?ref=ANNA42'),
  'floor: one cookie read + write': await measure('/floor.html'),
  'empty script (harness overhead)': await measure('/empty.html'),
};
await browser.close();
server.close();

for (const [name, r] of Object.entries(rows))
  console.log(
    `${name.padEnd(32)} median ${r.median.toFixed(2)} ms  (min ${r.min.toFixed(2)}, max ${r.max.toFixed(2)}, ${runs} runs)`,
  );
const ratio = rows['landing (?ref=ANNA42)'].median / rows['floor: one cookie read + write'].median;
console.log(`landing / floor: ${ratio.toFixed(2)}×  (target ≤ 1.3×); no-referral target < 0.5 ms`);
