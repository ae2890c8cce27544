import fc from 'fast-check';

/** The snippet's code pattern (README: "Codes"), written out independently of its source. */
export const CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$/;

/** A query parameter as it appears in a URL: raw name and value, percent-encoded or not. */
export interface RawParam {
  name: string;
  value: string;
  /** Whether the value is percent-encoded in the URL (raw values carry `;`, `=`, `%`, `&` as they are). */
  encoded: boolean;
}

const injections = [
  'ANNA42; rujuk_ref=1.EVIL.aaaaaaaa.1',
  'ANNA42;evil=1',
  'ANNA42=',
  '%',
  '%E0%A4%A',
  '%00ANNA42',
  'ANNA42%0d%0aSet-Cookie:%20x=1',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'; DROP TABLE participants; --",
  'ANNA42\u0000',
  ' ANNA42 ',
  'anna42',
  '1.ANNA42.aaaaaaaa.1',
  '\u202EANNA42',
  'ＡＮＮＡ４２',
];

/** Values built to break a referral capture: injections, any code point, control characters, huge values. */
export const hostileValue = (code: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...injections, code, code.toLowerCase()),
    fc.stringMatching(CODE),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'binary-ascii', maxLength: 40 }),
    fc.constantFrom(100 * 1024, 40).map((size) => code.repeat(Math.ceil(size / code.length)).slice(0, size)),
  );

/** A whole query string of referral parameters (repeated, in any case) and noise around them. */
export const hostileQuery = (code: string): fc.Arbitrary<RawParam[]> =>
  fc.array(
    fc.record({
      name: fc.constantFrom('ref', 'via', 'REF', 'Via', 'rujuk_ref', 'utm_source', 'x', 'ref ', 'r%65f'),
      value: hostileValue(code),
      encoded: fc.boolean(),
    }),
    { minLength: 1, maxLength: 4 },
  );

/** The query string of `params` as a browser's address bar would carry it. */
export function toSearch(params: RawParam[]): string {
  return `?${params.map(({ name, value, encoded }) => `${name}=${encoded ? encodeURIComponent(value) : value.replace(/[#&\s]/g, encodeURIComponent)}`).join('&')}`;
}

/**
 * The code the snippet must keep for a URL, by its documented rules: parameter names `ref` and
 * `via` match case-insensitively, the first one holding a valid code wins, stored upper case.
 * A `rujuk_ref` hand-over value counts when it is a whole valid referral.
 */
export function expectedCode(search: string): string | null {
  for (const [name, value] of new URLSearchParams(search)) {
    const lower = name.toLowerCase();
    if (lower === 'rujuk_ref') {
      const handed = /^1\.([A-Za-z\d][\w-]{2,31})\.([\w-]{8,64})\.([a-z\d]{1,11})$/.exec(value);
      if (handed) return handed[1]!.toUpperCase();
      continue;
    }
    if ((lower === 'ref' || lower === 'via') && CODE.test(value)) return value.toUpperCase();
  }
  return null;
}
