import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** Where Debian's WebKitGTK MiniBrowser lives; override with `MINIBROWSER_PATH`. */
export const miniBrowserPath = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Where Debian's WebKit WebDriver lives; override with `WEBKIT_DRIVER_PATH`. */
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

/** A WebDriver error answer, with the protocol's error name (`no such window`, `javascript error`, …). */
export class WebDriverError extends Error {
  constructor(
    readonly error: string,
    message: string,
  ) {
    super(`${error}: ${message}`);
    this.name = 'WebDriverError';
  }
}

/** A free TCP port on 127.0.0.1 (WebKitWebDriver takes a port, not port 0). */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Waits until something listens on `port`, or fails after `timeoutMs`. */
async function listening(port: number, child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${child.exitCode}`);
    try {
      await fetch(`http://127.0.0.1:${port}/status`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  throw new Error(`WebKitWebDriver did not listen on ${port} within ${timeoutMs} ms`);
}

/** What a session is started with. */
export interface SessionOptions {
  /** The X display MiniBrowser draws on (it has no headless mode). */
  display: string;
  /** `host:port` of the HTTP proxy every request of the session goes through. */
  proxy: string;
  /** MiniBrowser's user agent. */
  userAgent: string;
  /** Environment variables of the driver and the browser (GTK settings). */
  env?: Record<string, string>;
}

/**
 * One classic WebDriver session of WebKitWebDriver: one fresh MiniBrowser, its own profile, cookies and
 * storage (a WebKit "context"). Commands run one at a time, each in the window it names, since a
 * WebDriver session has a single current window.
 */
export class WebDriverSession {
  private queue: Promise<unknown> = Promise.resolve();
  private current: string | undefined;
  private constructor(
    private readonly child: ChildProcess,
    private readonly base: string,
    /** The window the session started with. */
    readonly firstWindow: string,
  ) {
    this.current = firstWindow;
  }

  /** Starts a WebKitWebDriver and a MiniBrowser session behind `options.proxy`. */
  static async start(options: SessionOptions): Promise<WebDriverSession> {
    const port = await freePort();
    const child = spawn(webkitDriverPath, [`--port=${port}`], {
      stdio: 'ignore',
      env: { ...process.env, ...options.env, DISPLAY: options.display },
    });
    try {
      await listening(port, child);
      const base = `http://127.0.0.1:${port}`;
      const answer = await call<{ sessionId: string }>(base, 'POST', '/session', {
        capabilities: {
          alwaysMatch: {
            pageLoadStrategy: 'none',
            unhandledPromptBehavior: 'dismiss',
            timeouts: { script: 300_000, pageLoad: 300_000, implicit: 0 },
            proxy: { proxyType: 'manual', httpProxy: options.proxy, sslProxy: options.proxy, noProxy: [] },
            'webkitgtk:browserOptions': {
              binary: miniBrowserPath,
              // Without --automation the session never starts.
              args: ['--automation', `--user-agent=${options.userAgent}`, '--enable-developer-extras=false'],
            },
          },
        },
      });
      const sessionBase = `${base}/session/${answer.sessionId}`;
      const first = await call<string>(sessionBase, 'GET', '/window');
      return new WebDriverSession(child, sessionBase, first);
    } catch (error) {
      child.kill('SIGKILL');
      throw error;
    }
  }

  /** Runs one command in `window` (switching to it first), after the commands sent before it. */
  command<T>(window: string | undefined, method: string, path: string, body?: unknown): Promise<T> {
    const run = async () => {
      // After the current window closed, a command for no window in particular needs a current one again.
      const target = window ?? this.current ?? (await call<string[]>(this.base, 'GET', '/window/handles'))[0];
      if (target && target !== this.current) {
        await call(this.base, 'POST', '/window', { handle: target });
        this.current = target;
      }
      return call<T>(this.base, method, path, body);
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => {});
    return result;
  }

  /** Forgets which window is current, after the current one was closed. */
  lostWindow(window: string): void {
    if (this.current === window) this.current = undefined;
  }

  /** Ends the session (MiniBrowser quits) and the driver. */
  async close(): Promise<void> {
    await Promise.race([call(this.base, 'DELETE', '').catch(() => {}), new Promise((r) => setTimeout(r, 5_000))]);
    this.child.kill('SIGKILL');
  }
}

/** One WebDriver HTTP call; answers `value`, or throws a {@link WebDriverError}. */
async function call<T>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  const answer = await fetch(base + path, {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? (method === 'POST' ? '{}' : undefined) : JSON.stringify(body),
  });
  const json = (await answer.json()) as { value: T & { error?: string; message?: string } };
  if (!answer.ok) throw new WebDriverError(json.value?.error ?? `HTTP ${answer.status}`, json.value?.message ?? '');
  return json.value;
}
