import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt parameters as OWASP ASVS 5 (Appendix C) and the OWASP Password Storage Cheat Sheet ask
 * at least: N = 2^17, r = 8, p = 1, which takes 128 MiB and most of a second per hash here.
 * Every hash carries its own parameters, so raising these later leaves existing hashes readable;
 * a sign-in with weaker ones stores a new hash (see needsRehash).
 */
export const currentParams = { log2N: 17, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 32;

export type ScryptParams = { log2N: number; r: number; p: number };

/**
 * Each hash holds 128·N·r bytes while it runs. Two at a time bound the memory a burst of
 * sign-ins can take (256 MiB) and leave the rest of libuv's thread pool free for everything else.
 */
const MAX_CONCURRENT = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function limited<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((start) => waiting.push(start));
  else running++;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

function derive(password: string, salt: Buffer, keyBytes: number, { log2N, r, p }: ScryptParams): Promise<Buffer> {
  const N = 2 ** log2N;
  // Node refuses more than 32 MiB unless told; leave headroom over what these parameters need.
  const maxmem = 128 * N * r * p + 16 * 1024 * 1024;
  return limited(
    () =>
      new Promise((resolve, reject) => {
        scrypt(password.normalize('NFC'), salt, keyBytes, { N, r, p, maxmem }, (error, key) => (error ? reject(error) : resolve(key)));
      }),
  );
}

// PHC string format: $scrypt$ln=17,r=8,p=1$<salt>$<hash>, both in unpadded base64.
const FORMAT = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,3}),p=(\d{1,3})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

type Parsed = { params: ScryptParams; salt: Buffer; key: Buffer };

function parse(hash: string): Parsed | undefined {
  const match = FORMAT.exec(hash);
  if (!match) return undefined;
  const [, ln, r, p, salt, key] = match;
  const params = { log2N: Number(ln), r: Number(r), p: Number(p) };
  // A stored hash is trusted data, but a corrupt one must not make a sign-in allocate gigabytes.
  if (params.log2N < 1 || params.log2N > 22 || params.r < 1 || params.p < 1 || params.r * params.p > 64) return undefined;
  return { params, salt: Buffer.from(salt!, 'base64'), key: Buffer.from(key!, 'base64') };
}

const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');

export async function hashPassword(password: string, params: ScryptParams = currentParams): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, KEY_BYTES, params);
  return `$scrypt$ln=${params.log2N},r=${params.r},p=${params.p}$${b64(salt)}$${b64(key)}`;
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const parsed = parse(hash);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.key.length, parsed.params);
  return timingSafeEqual(key, parsed.key);
}

/**
 * Spends exactly the time a verification with the current parameters takes, for a sign-in with
 * an unknown username: the answer's timing must not tell which usernames exist.
 */
export async function spendVerification(password: string, params: ScryptParams = currentParams): Promise<void> {
  await derive(password, NO_SALT, KEY_BYTES, params);
}
const NO_SALT = Buffer.alloc(SALT_BYTES);

/** Whether a hash that just verified was made with weaker parameters than today's, and should be replaced. */
export function needsRehash(hash: string, params: ScryptParams = currentParams): boolean {
  const parsed = parse(hash);
  if (!parsed) return true;
  const { log2N, r, p } = parsed.params;
  return log2N < params.log2N || r < params.r || p < params.p || parsed.key.length < KEY_BYTES || parsed.salt.length < SALT_BYTES;
}
