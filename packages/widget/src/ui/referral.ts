import { callCommand, hasCommand } from '../bus/commands.js';

/** The visitor's own referral, as read from the snippet through `rujuk('referral')`, when the snippet is on the page. */
export async function currentReferral(): Promise<{ code?: string; clickId?: string } | null> {
  if (!hasCommand('referral')) return null;
  try {
    // The snippet answers from its cookie at once; never let a missing answer hold up a join.
    const answer = await Promise.race([
      Promise.resolve(callCommand('referral')),
      new Promise((done) => setTimeout(done, 500, null)),
    ]);
    if (!answer || typeof answer !== 'object') return null;
    const { code, clickId } = answer as Record<string, unknown>;
    return {
      ...(typeof code === 'string' && { code }),
      ...(typeof clickId === 'string' && { clickId }),
    };
  } catch {
    return null;
  }
}
