import { describe, expect, it } from 'vitest';
import { currentParams, hashPassword, needsRehash, spendVerification, verifyPassword } from './password.ts';

// Cheap parameters where a test is about the logic, not the cost.
const cheap = { log2N: 10, r: 8, p: 1 };

describe('password hashes', () => {
  it('are scrypt with N = 2^17, r = 8, p = 1, a 16-byte salt and a 32-byte key, parameters written into the hash', async () => {
    const hash = await hashPassword('hannover-2030-secret');
    const match = /^\$scrypt\$ln=17,r=8,p=1\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(hash);
    expect(match).not.toBeNull();
    expect(Buffer.from(match![1]!, 'base64')).toHaveLength(16);
    expect(Buffer.from(match![2]!, 'base64')).toHaveLength(32);
    expect(currentParams).toEqual({ log2N: 17, r: 8, p: 1 });

    expect(await verifyPassword('hannover-2030-secret', hash)).toBe(true);
    expect(await verifyPassword('hannover-2030-Secret', hash)).toBe(false);
    expect(needsRehash(hash)).toBe(false);
  });

  it('never repeat for the same password: every hash has its own salt', async () => {
    const [a, b] = await Promise.all([hashPassword('same password', cheap), hashPassword('same password', cheap)]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password', a)).toBe(true);
    expect(await verifyPassword('same password', b)).toBe(true);
  });

  it('made with weaker parameters still verify, and are due to be replaced', async () => {
    const old = await hashPassword('an older password', cheap);
    expect(old).toMatch(/^\$scrypt\$ln=10,r=8,p=1\$/);
    expect(await verifyPassword('an older password', old)).toBe(true);
    expect(await verifyPassword('not the password', old)).toBe(false);
    expect(needsRehash(old)).toBe(true);
  });

  it('that are malformed or absurd verify nothing, without trying', async () => {
    for (const hash of ['', 'plaintext', '$scrypt$ln=40,r=8,p=1$c2FsdA$a2V5', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$a2V5']) {
      expect(await verifyPassword('plaintext', hash)).toBe(false);
      expect(needsRehash(hash)).toBe(true);
    }
  });

  it('treat the same text in either Unicode normal form as the same password', async () => {
    const hash = await hashPassword('Grüße aus Hannover', cheap);
    expect(await verifyPassword('Gru\u0308ße aus Hannover', hash)).toBe(true);
  });

  it('for an unknown user cost as much as for a real one', async () => {
    const hash = await hashPassword('the real password');
    const time = async (work: () => Promise<unknown>) => {
      const start = performance.now();
      await work();
      return performance.now() - start;
    };
    const real = await time(() => verifyPassword('a wrong guess', hash));
    const none = await time(() => spendVerification('a wrong guess'));
    // Loose bounds: other test files share the two cores.
    expect(none).toBeGreaterThan(real / 3);
    expect(none).toBeLessThan(real * 3);
  });
});
