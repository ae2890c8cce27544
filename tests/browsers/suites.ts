/**
 * The real-browser suites that run in every engine, each with the test files it holds (globs relative to
 * `tests/`). `pnpm test:browsers` runs them engine by engine; `pnpm test:e2e:rest` (`RUJUK_E2E_REST=1`)
 * runs the e2e tests outside them.
 */
export const matrixSuites: Record<string, string[]> = {
  attribution: ['attribution/*.test.ts'],
  widget: ['widget/*.test.ts'],
  'full loop': ['loop/full-loop.test.ts'],
  hostile: ['hostile/*.test.ts'],
};

/** The suite a test file (an absolute path) belongs to, or undefined for files outside the matrix. */
export function suiteOf(file: string): string | undefined {
  const inTests = file.split('/tests/').pop() ?? '';
  for (const [suite, globs] of Object.entries(matrixSuites)) {
    for (const glob of globs) {
      const [folder, name] = glob.split('/') as [string, string];
      const inFolder = inTests.startsWith(`${folder}/`) && !inTests.slice(folder.length + 1).includes('/');
      if (inFolder && (name === '*.test.ts' ? inTests.endsWith('.test.ts') : inTests === glob)) return suite;
    }
  }
  return undefined;
}
