/** Reads the launcher option: `false` for none, else its text (`''` for the localised default). */
export function parseLauncher(value: unknown): false | string {
  if (value === true || value === '' || value === 'true') return '';
  return value === false || value == null || value === 'false' ? false : String(value).trim();
}
