import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const devScript = fileURLToPath(new URL('../../scripts/dev.mjs', import.meta.url));

/** `pnpm dev` as a person runs it, with its output collected. */
function runDev(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, [devScript], { env: { ...process.env, ...env }, stdio: 'pipe' });
  let output = '';
  child.stdout!.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr!.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** The URL the demo printed on the row labelled `label`. */
function printed(output: string, label: string): string {
  const match = new RegExp(`^\\s+${label}\\s+(\\S+)`, 'm').exec(output);
  if (!match) throw new Error(`The demo printed no "${label}" row:\n${output}`);
  return match[1]!;
}

describe('the demo command (pnpm dev)', () => {
  const cleanup: Array<() => unknown> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('starts the shop and the backend, prints where they are, and stops cleanly on Ctrl+C', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rujuk-dev-'));
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const dev = runDev({ RUJUK_SITE_PORT: '0', RUJUK_API_PORT: '0', RUJUK_DATA_DIR: dataDir });
    cleanup.push(() => dev.child.exitCode === null && dev.child.kill('SIGKILL'));
    await expect.poll(dev.output, { timeout: 50_000 }).toContain('Press Ctrl+C to stop.');

    const shop = printed(dev.output(), 'Shop');
    const account = printed(dev.output(), 'Your account');
    const api = printed(dev.output(), 'API');
    expect(account).toBe(`${shop}account.html`);
    const page = await fetch(account);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Your account · Kopi &amp; Co.');
    expect(html).toContain(`data-api="${new URL(api).origin}"`);
    const program = (await (
      await fetch(api, { headers: { authorization: 'Bearer pk_demoRujukExample0001' } })
    ).json()) as {
      name: string;
      siteUrl: string;
    };
    expect(program).toMatchObject({ name: 'Kopi & Co. referrals', siteUrl: shop });
    expect(printed(dev.output(), 'Data')).toBe(dataDir);

    dev.child.kill('SIGINT');
    expect(await dev.exited).toBe(0);
    await expect(fetch(shop)).rejects.toThrow();
    await expect(fetch(api)).rejects.toThrow();
  });

  it('says which port is taken instead of failing with a stack trace', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    cleanup.push(() => new Promise((resolve) => blocker.close(resolve)));
    const port = (blocker.address() as { port: number }).port;
    const dev = runDev({ RUJUK_SITE_PORT: String(port), RUJUK_API_PORT: '0' });
    cleanup.push(() => dev.child.exitCode === null && dev.child.kill('SIGKILL'));
    expect(await dev.exited).toBe(1);
    expect(dev.output().trim()).toBe(
      `Port ${port} is taken (is the demo already running?). Stop it, or set RUJUK_SITE_PORT / RUJUK_API_PORT.`,
    );
  });
});
