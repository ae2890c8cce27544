/**
 * A stand-in for the browser's cookie jar on `document.cookie` (happy-dom's ignores domains): it
 * honours `Domain` and `Max-Age` and refuses public suffixes, as a browser does.
 */
export const installCookieJar = (host: string, publicSuffixes: string[]): Map<string, string> => {
  const jar = new Map<string, string>();
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => [...jar].map(([key, value]) => key.split('|')[0] + '=' + value).join('; '),
    set: (line: string) => {
      const [pair, ...attributes] = line.split('; ');
      const [name, value] = pair!.split('=') as [string, string];
      const attribute = (key: string) =>
        attributes.find((item) => item.toLowerCase().startsWith(key + '='))?.split('=')[1];
      const domain = attribute('domain') ?? '';
      if (domain && (publicSuffixes.includes(domain) || !('.' + host).endsWith('.' + domain))) return;
      const key = name + '|' + domain;
      if (attribute('max-age') === '0') jar.delete(key);
      else jar.set(key, value);
    },
  });
  return jar;
};
