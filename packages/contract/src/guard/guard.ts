/** Runs `fn` and swallows what it throws: storage, cookies, history and page handlers can throw on locked-down or hostile pages. */
export const guard = <T>(fn: () => T): T | undefined => {
  try {
    return fn();
  } catch {}
};
