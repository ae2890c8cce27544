// The first script of every document in a WebKit context (injected by the proxy): what an init script
// of Playwright's does in the other engines. It records console messages, uncaught errors and dialogs
// for the driver to collect (classic WebDriver reports none of them), makes `navigator.webdriver` false
// as in a person's browser, and plays `navigator.onLine` for `context.setOffline`.
(offline) => {
  const key = Symbol.for('rujuk.webkit');
  if (window[key]) return;
  // The builtins the driver's scripts need, kept before a hostile page can replace or pollute them.
  const builtins = { stringify: JSON.stringify, keys: Object.keys, isArray: Array.isArray };
  const state = { logs: [], offline, builtins };
  Object.defineProperty(window, key, { value: state });
  const describe = (value) => {
    if (value instanceof Error) return String(value);
    if (typeof value === 'object' && value !== null) {
      try {
        return JSON.stringify(value);
      } catch {
        return String(value);
      }
    }
    return String(value);
  };
  const types = { log: 'log', info: 'info', warn: 'warning', error: 'error', debug: 'debug' };
  for (const [method, type] of Object.entries(types)) {
    const original = console[method];
    console[method] = function (...args) {
      state.logs.push({ kind: 'console', type, text: args.map(describe).join(' ') });
      return original.apply(this, args);
    };
  }
  const message = (value) => (value instanceof Error ? value.message : describe(value));
  addEventListener('error', (event) => {
    state.logs.push({ kind: 'pageerror', message: event.error !== undefined ? message(event.error) : event.message });
  });
  addEventListener('unhandledrejection', (event) => {
    state.logs.push({ kind: 'pageerror', message: message(event.reason) });
  });
  const dialog = (type, fallback) => (text) => {
    state.logs.push({ kind: 'dialog', type, message: String(text ?? '') });
    return fallback;
  };
  window.alert = dialog('alert', undefined);
  window.confirm = dialog('confirm', false);
  window.prompt = dialog('prompt', null);
  Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false, configurable: true });
  Object.defineProperty(Navigator.prototype, 'onLine', { get: () => !state.offline, configurable: true });
};
