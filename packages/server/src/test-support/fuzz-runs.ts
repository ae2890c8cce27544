/**
 * How many generated cases each property tries: a quick sample in the everyday test run, many more
 * under `pnpm test:hostile` (HOSTILE_FULL=1). FUZZ_RUNS overrides both, e.g. to chase a failure.
 */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) || (process.env.HOSTILE_FULL ? 400 : 15);
