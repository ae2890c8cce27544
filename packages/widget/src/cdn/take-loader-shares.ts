import type { loaderShares } from './loader-shares.js';

/**
 * Gives the UI module the loader's copies of the modules `loader-shares.ts` lists; the loader calls it
 * before anything else in the module. This is its stand-in for type checks: the script-tag build
 * replaces it, and those modules, with the loader's (scripts/cdn/from-loader.mjs).
 */
export function takeLoaderShares(_shares: typeof loaderShares): void {}
