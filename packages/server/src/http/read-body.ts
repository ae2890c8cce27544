import { RujukError } from '../errors/rujuk-error.js';
import { isObject, type JsonObject } from '../validation/fields.js';

/** Request bodies above this many bytes are refused with `413 payload_too_large`. */
export const MAX_BODY_BYTES = 16 * 1024;

const tooLarge = () =>
  new RujukError('payload_too_large', `The body is larger than ${MAX_BODY_BYTES} bytes; send less data.`);

async function readLimited(request: Request): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > MAX_BODY_BYTES) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a JSON object body sent as `application/json` or as `text/plain` (CORS simple requests and
 * `sendBeacon`), at most 16 KiB. Throws `415`, `413`, `400 invalid_json` or `400 invalid_request`.
 */
export async function readJsonBody(request: Request): Promise<JsonObject> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json' && type !== 'text/plain') {
    throw new RujukError(
      'unsupported_media_type',
      `Content-Type "${type || '(none)'}" is not accepted; send JSON as application/json or text/plain.`,
    );
  }
  const bytes = await readLimited(request);
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
  if (!isObject(value)) {
    throw new RujukError('invalid_request', 'The body must be a JSON object.', {
      errors: [{ path: '', message: 'must be a JSON object' }],
    });
  }
  return value;
}
