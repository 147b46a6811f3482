/** A problem the person at the terminal can fix from the message alone. */
export class CliError extends Error {
  override name = 'CliError';
}

type Schema<T> = { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: { message: string }[] } } };

/** The first message of a contract schema, for a value given on the command line. */
export function check<T>(schema: Schema<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new CliError(`${what}: ${result.error.issues[0]?.message ?? 'invalid'}.`);
  return result.data;
}
