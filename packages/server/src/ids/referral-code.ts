import { randomInt } from 'node:crypto';

const BASE32 = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** The letters a code starts with: from the first name, else the email's local part, else `REF`. */
export function codeStem(name: string | null | undefined, email: string): string {
  const fromName = (name ?? '')
    .trim()
    .split(/\s+/)[0]!
    .normalize('NFKD')
    .replace(/[^A-Za-z]/g, '')
    .toUpperCase();
  const fromEmail = (email.split('@')[0] ?? '').replace(/[^A-Za-z]/g, '').toUpperCase();
  const stem = (fromName.length >= 2 ? fromName : fromEmail).slice(0, 8);
  return stem.length >= 2 ? stem : 'REF';
}

/**
 * A candidate referral code such as `ANNA42`; `attempt` grows the random part so that
 * retries after a collision get ever less likely to collide again.
 */
export function candidateCode(stem: string, attempt: number): string {
  if (attempt < 6) {
    const digits = 2 + Math.floor(attempt / 2);
    return stem + String(randomInt(10 ** (digits - 1), 10 ** digits));
  }
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += BASE32[randomInt(BASE32.length)];
  return stem + suffix;
}
