/** A privacy-safe leaderboard name: "Anna K." from a name, else "an***" from the email. */
export function displayName(name: string | null, email: string): string {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (first) {
    const last = words.length > 1 ? words[words.length - 1] : undefined;
    return last ? `${first} ${Array.from(last)[0]!.toUpperCase()}.` : first;
  }
  const local = email.split('@')[0] ?? '';
  return `${Array.from(local).slice(0, 2).join('')}***`;
}
