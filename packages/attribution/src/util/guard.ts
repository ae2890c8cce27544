/** Runs `fn` and swallows what it throws: storage, cookies and history can throw on locked-down pages. */
export const guard = <T>(fn: () => T): T | undefined => {
  try {
    return fn();
  } catch {}
};
