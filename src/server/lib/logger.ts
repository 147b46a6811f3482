/** Where the server reports what went wrong; tests pass their own to keep expected failures quiet. */
export type Logger = { error: (message: string, error?: unknown) => void };

export const stderrLogger: Logger = {
  error: (message, error) => (error === undefined ? console.error(message) : console.error(message, error)),
};
