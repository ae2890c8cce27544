import { type GroupName, groups } from './groups/index.js';

/** The names of the check groups, in the order they run. */
export const groupNames = Object.keys(groups) as GroupName[];
