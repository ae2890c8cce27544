/** A compiled allowed-origin pattern. */
export type OriginMatcher = (origin: string) => boolean;

const PATTERN = /^(https?):\/\/((?:\*\.)?)([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}|\*))?$/;

/** Says what is wrong with an allowed-origin pattern, or `null` when it is valid. */
export function originPatternError(pattern: string): string | null {
  if (pattern === '*') return null;
  return PATTERN.test(pattern)
    ? null
    : 'must look like `https://shop.example`, `http://127.0.0.1:*` or `https://*.shop.example` (scheme, host, optional port; no path)';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiles patterns such as `http://127.0.0.1:*` or `https://*.shop.example` into one matcher. */
export function compileOrigins(patterns: string[]): OriginMatcher {
  if (patterns.includes('*')) return () => true;
  const exact = new Set<string>();
  const regexps: RegExp[] = [];
  for (const pattern of patterns) {
    const match = PATTERN.exec(pattern);
    if (!match) continue;
    const [, scheme, wildcard, host, port] = match;
    if (!wildcard && port !== '*') {
      exact.add(pattern.toLowerCase());
      continue;
    }
    // `*.` stands for exactly one whole label, so `*.shop.example` cannot reach a deeper host a
    // third party may control (`user.pages.shop.example`); `:*` stands for any port, or none.
    const hostPart = (wildcard ? '[a-z0-9-]+\\.' : '') + escapeRegExp(host!.toLowerCase());
    const portPart = port === '*' ? '(?::\\d{1,5})?' : port ? `:${port}` : '';
    regexps.push(new RegExp(`^${scheme}://${hostPart}${portPart}$`));
  }
  const cache = new Map<string, boolean>();
  return (origin) => {
    const lower = origin.toLowerCase();
    if (exact.has(lower)) return true;
    const known = cache.get(lower);
    if (known !== undefined) return known;
    const allowed = regexps.some((regexp) => regexp.test(lower));
    // Bounded so a flood of random origins cannot grow memory without limit.
    if (cache.size > 1000) cache.clear();
    cache.set(lower, allowed);
    return allowed;
  };
}
