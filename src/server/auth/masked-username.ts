/**
 * What the audit log keeps of a username typed at sign-in that names no account. People do type
 * their password into the username field; the full text must not land in an append-only table.
 * The first two characters and the length still show a run of guesses at one name.
 */
export function maskedUsername(typed: string): string {
  const characters = [...typed];
  return `${characters.slice(0, 2).join('')}…(${characters.length})`;
}
