/**
 * How many generated cases each property tries: a quick sample in the everyday test run, many more
 * under `pnpm test:hostile` (HOSTILE_FULL=1). FUZZ_RUNS overrides both, e.g. to chase a failure.
 */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) || (process.env.HOSTILE_FULL ? 400 : 15);

/** Time a property may take: generous, so a loaded machine or PostgreSQL never cuts a run short. */
export const FUZZ_TIMEOUT = process.env.HOSTILE_FULL ? 600_000 : 60_000;
