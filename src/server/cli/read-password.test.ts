import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.ts';
import { readPassword, type Terminal } from './read-password.ts';

/**
 * A terminal that types the given lines, one at each prompt, as a person would: a string
 * arrives as keystrokes, an array as the chunks given (a paste is one). It records what was
 * shown and whether raw mode (no echo) was on while a line was typed.
 */
function fakeTerminal(lines: (string | string[])[], { isTTY = true } = {}) {
  const input = new EventEmitter() as EventEmitter & { isTTY: boolean; rawMode: boolean; typedRaw: boolean[] };
  Object.assign(input, { isTTY, rawMode: false, typedRaw: [] });
  const shown: string[] = [];
  const terminal: Terminal = {
    input: Object.assign(input, {
      setRawMode: (on: boolean) => ((input.rawMode = on), input),
      setEncoding: () => input,
      resume: () => input,
      pause: () => input,
    }) as unknown as Terminal['input'],
    output: {
      write: (text: string) => {
        shown.push(text);
        const line = text.endsWith(': ') ? lines.shift() : undefined;
        if (line !== undefined) {
          setImmediate(() => {
            input.typedRaw.push(input.rawMode);
            for (const chunk of typeof line === 'string' ? [...line] : line) input.emit('data', chunk);
          });
        }
        return true;
      },
    },
  };
  return { terminal, shown, input };
}

const noEnv = {};

describe('asking for the new account’s password', () => {
  it('asks twice without echo, and takes what was typed', async () => {
    const { terminal, shown, input } = fakeTerminal(['analytical-engine-1843\r', 'analytical-engine-1843\r']);
    expect(await readPassword('ada', noEnv, terminal)).toBe('analytical-engine-1843');
    expect(shown.join('')).toBe('Password for ada (at least 12 characters): \nThe same password again: \n');
    expect(shown.join('')).not.toContain('analytical');
    expect(input.typedRaw).toEqual([true, true]);
    expect(input.rawMode).toBe(false);
  });

  it('takes a backspace as a correction, and a paste in bracketed-paste markers as the text alone', async () => {
    const { terminal } = fakeTerminal(['analytical-engine-184x\u007f3\n', ['\u001b[200~analytical-engine-1843\u001b[201~', '\r']]);
    expect(await readPassword('ada', noEnv, terminal)).toBe('analytical-engine-1843');
  });

  it('refuses a short password with the rule, before asking again', async () => {
    const { terminal, shown } = fakeTerminal(['too-short\r', 'too-short\r']);
    const refused = readPassword('ada', noEnv, terminal);
    await expect(refused).rejects.toThrow(CliError);
    await expect(refused).rejects.toThrow(/^The password is not accepted: a password has at least 12 characters\.$/);
    expect(shown.join('')).not.toContain('The same password again');
  });

  it('refuses two different passwords, and stops at Ctrl-C', async () => {
    await expect(readPassword('ada', noEnv, fakeTerminal(['analytical-engine-1843\r', 'analytical-engine-1842\r']).terminal)).rejects.toThrow(
      'The two passwords differ; nothing was created.',
    );
    await expect(readPassword('ada', noEnv, fakeTerminal(['analytical\u0003']).terminal)).rejects.toThrow('Cancelled; nothing was created.');
  });

  it('reads APT_USER_PASSWORD instead, by the same rule, and without a terminal asks for that', async () => {
    const { terminal, shown } = fakeTerminal([], { isTTY: false });
    expect(await readPassword('ada', { APT_USER_PASSWORD: 'from-the-environment' }, terminal)).toBe('from-the-environment');
    await expect(readPassword('ada', { APT_USER_PASSWORD: 'short' }, terminal)).rejects.toThrow(
      'The password in APT_USER_PASSWORD is not accepted: a password has at least 12 characters.',
    );
    await expect(readPassword('ada', noEnv, terminal)).rejects.toThrow('No terminal to ask for the password on: set APT_USER_PASSWORD instead.');
    expect(shown).toEqual([]);
  });
});
