import openapiTS, { astToString } from 'openapi-typescript';

const HEADER = '// Generated from openapi.json by `pnpm --filter @rujuk/protocol generate`. Do not edit.\n\n';

/** Renders the TypeScript declarations of openapi.json, exactly as they are committed. */
export async function generateTypes() {
  const ast = await openapiTS(new URL('../openapi.json', import.meta.url));
  return HEADER + astToString(ast);
}
