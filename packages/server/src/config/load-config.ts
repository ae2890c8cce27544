import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isRujukError, RujukError } from '../errors/rujuk-error.js';
import { demoProgram } from './demo-program.js';
import { parseConfig } from './parse-config.js';
import type { ProgramConfig, ProgramConfigInput } from './types.js';

/**
 * Loads and validates the program configuration: an object, a path to a JSON file,
 * or nothing for the built-in demo program.
 */
export async function loadConfig(source?: ProgramConfigInput | string): Promise<ProgramConfig> {
  if (source === undefined) return parseConfig(demoProgram);
  if (typeof source !== 'string') return parseConfig(source);
  const path = resolve(source);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new RujukError('config_unreadable', `Cannot read the program config at ${path}; check the path.`, {
      cause: error,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new RujukError('invalid_config', `The program config at ${path} is not valid JSON: ${reason}.`, {
      cause: error,
    });
  }
  try {
    return parseConfig(json);
  } catch (error) {
    if (isRujukError(error))
      throw new RujukError(error.code, `${path}: ${error.message}`, { errors: error.errors, cause: error });
    throw error;
  }
}
