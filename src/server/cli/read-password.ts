import { Password } from '@/contract/users.ts';
import { CliError, check } from './cli-error.ts';

/** What asking for a password needs of the terminal: process.stdin and process.stdout, or stand-ins in a test. */
export type Terminal = {
  input: Pick<NodeJS.ReadStream, 'isTTY' | 'setRawMode' | 'setEncoding' | 'resume' | 'pause' | 'on' | 'off'>;
  output: { write: (text: string) => unknown };
};

const processTerminal: Terminal = { input: process.stdin, output: process.stdout };

/**
 * The new account's password: from APT_USER_PASSWORD if set (for scripts), else asked for twice
 * on the terminal without showing it. Either way it must pass the contract's rules.
 */
export async function readPassword(username: string, env: NodeJS.ProcessEnv = process.env, terminal: Terminal = processTerminal): Promise<string> {
  const fromEnv = env.APT_USER_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') return check(Password, fromEnv, 'The password in APT_USER_PASSWORD is not accepted');
  if (!terminal.input.isTTY) throw new CliError('No terminal to ask for the password on: set APT_USER_PASSWORD instead.');
  const first = await askHidden(terminal, `Password for ${username} (at least 12 characters): `);
  check(Password, first, 'The password is not accepted');
  const second = await askHidden(terminal, 'The same password again: ');
  if (first !== second) throw new CliError('The two passwords differ; nothing was created.');
  return first;
}

const ESC = String.fromCharCode(27);

/** Reads a line from the terminal without showing it. */
function askHidden({ input, output }: Terminal, question: string): Promise<string> {
  output.write(question);
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = () => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
    };
    const onData = (chunk: string) => {
      // A paste arrives wrapped in bracketed-paste markers in many terminals.
      for (const char of chunk.replaceAll(`${ESC}[200~`, '').replaceAll(`${ESC}[201~`, '')) {
        if (char === '\r' || char === '\n') {
          finish();
          resolve(value);
          return;
        }
        if (char === '\u0003' || char === '\u0004') {
          finish();
          reject(new CliError('Cancelled; nothing was created.'));
          return;
        }
        if (char === '\u007f' || char === '\b') value = [...value].slice(0, -1).join('');
        else if (char >= ' ') value += char;
      }
    };
    input.on('data', onData);
  });
}
