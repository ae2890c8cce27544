#!/usr/bin/env node
import { LOG_PREFIX } from '@rujuk/contract';
import { isRujukError, runConformance } from '../conformance/index.js';
import { parseCliArgs, USAGE } from './parse-args.js';

// `pnpm <script> -- --flag` forwards the `--` separator; drop it so both spellings work.
const argv = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--'));

try {
  const options = parseCliArgs(argv);
  if (options === 'help') {
    console.log(USAGE);
  } else {
    const { failed } = await runConformance(options);
    process.exitCode = failed > 0 ? 1 : 0;
  }
} catch (error) {
  if (!isRujukError(error)) throw error;
  console.error(`${LOG_PREFIX} ${error.message}\n\n${USAGE}`);
  process.exitCode = 2;
}
