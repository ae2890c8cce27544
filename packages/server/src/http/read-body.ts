import { RujukError } from '../errors/rujuk-error.js';
import { isObject, type JsonObject } from '../validation/fields.js';

/** Request bodies above this many bytes are refused with `413 payload_too_large`. */
export const MAX_BODY_BYTES = 16 * 1024;

const tooLarge = () =>
  new RujukError('payload_too_large', `The body is larger than ${MAX_BODY_BYTES} bytes; send less data.`);

/** A Node request stream, read directly when available: much cheaper than its web-stream wrapper. */
export interface NodeBody {
  on(event: 'data', listener: (chunk: Uint8Array) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  removeAllListeners(event: 'data'): unknown;
  resume(): unknown;
}

function collectNode(body: NodeBody): Promise<Uint8Array[]> {
  return new Promise((resolve, reject) => {
    const out: Uint8Array[] = [];
    let size = 0;
    body.on('data', (chunk) => {
      size += chunk.byteLength;
      if (size <= MAX_BODY_BYTES) return void out.push(chunk);
      // Keep draining without storing, so the socket stays usable for the 413 answer.
      body.removeAllListeners('data');
      body.resume();
      reject(tooLarge());
    });
    body.on('end', () => resolve(out));
    // A client that hangs up mid-body is its own failure, not the server's: no stack trace in the log.
    body.on('error', (error) =>
      reject(
        new RujukError('invalid_request', 'The body ended before it was complete; send it again.', { cause: error }),
      ),
    );
  });
}

async function collect(chunks: AsyncIterable<Uint8Array>, stop: () => void): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) {
      stop();
      throw tooLarge();
    }
    out.push(chunk);
  }
  return out;
}

function webChunks(body: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> & { stop(): void } {
  const reader = body.getReader();
  return {
    stop: () => void reader.cancel().catch(() => {}),
    async *[Symbol.asyncIterator]() {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    },
  };
}

async function readLimited(request: Request, nodeBody?: NodeBody): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > MAX_BODY_BYTES) throw tooLarge();
  let chunks: Uint8Array[];
  if (nodeBody) {
    chunks = await collectNode(nodeBody);
  } else {
    if (!request.body) return new Uint8Array(0);
    const web = webChunks(request.body);
    chunks = await collect(web, web.stop);
  }
  if (chunks.length === 1) return chunks[0]!;
  const size = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Bodies nested deeper than this are refused: protocol bodies nest two levels, and hashing walks them recursively. */
export const MAX_BODY_DEPTH = 32;

// Iterative, so a 16 KiB body of brackets cannot exhaust the stack here either.
function nestsDeeperThan(root: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return false;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a JSON object body sent as `application/json` or as `text/plain` (CORS simple requests and
 * `sendBeacon`), at most 16 KiB. Throws `415`, `413`, `400 invalid_json` or `400 invalid_request`.
 */
export async function readJsonBody(request: Request, nodeBody?: NodeBody): Promise<JsonObject> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json' && type !== 'text/plain') {
    throw new RujukError(
      'unsupported_media_type',
      `Content-Type "${type || '(none)'}" is not accepted; send JSON as application/json or text/plain.`,
    );
  }
  const bytes = await readLimited(request, nodeBody);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new RujukError('invalid_json', 'The body is not valid UTF-8; send UTF-8 encoded JSON.');
  }
  if (text.trim() === '') throw new RujukError('invalid_json', 'The body is empty; send a JSON object.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'parse error';
    throw new RujukError('invalid_json', `The body is not valid JSON (${reason}); send a JSON object.`);
  }
  if (nestsDeeperThan(value, MAX_BODY_DEPTH)) {
    throw new RujukError(
      'invalid_request',
      `The body nests arrays or objects more than ${MAX_BODY_DEPTH} levels deep; no request needs that.`,
      { errors: [{ path: '', message: `must not nest more than ${MAX_BODY_DEPTH} levels deep` }] },
    );
  }
  if (!isObject(value)) {
    throw new RujukError('invalid_request', 'The body must be a JSON object.', {
      errors: [{ path: '', message: 'must be a JSON object' }],
    });
  }
  return value;
}
