/** Renders the TypeScript declarations of openapi.json, exactly as they are committed. */
export function generateTypes(): Promise<string>;
