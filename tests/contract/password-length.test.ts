import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Password } from '@/contract/users.ts';
import { checkPassword } from '@/features/users/utils/user-rules.ts';
import { type Target, targets } from './targets.ts';

/**
 * Twelve characters means twelve characters as the hash sees them (code points of the NFC
 * form), not UTF-16 units: in the contract, the admin form, the mocks and the real server alike.
 */
const short = {
  // 11 emoji: 22 UTF-16 units.
  astral: '😀'.repeat(11),
  // 11 × "e" + combining acute: 22 units, 11 characters once composed.
  combining: 'e\u0301'.repeat(11),
};
const enough = { astral: '😀'.repeat(12), combining: 'e\u0301'.repeat(12) };

describe('the 12-character password minimum', () => {
  it('counts characters of the NFC form in the contract, with the usual too_small issue', () => {
    for (const password of Object.values(short)) {
      const result = Password.safeParse(password);
      expect(result.error?.issues).toEqual([expect.objectContaining({ code: 'too_small', minimum: 12, message: 'a password has at least 12 characters' })]);
    }
    for (const password of Object.values(enough)) expect(Password.safeParse(password).success).toBe(true);
    expect(Password.safeParse('x'.repeat(11)).success).toBe(false);
    expect(Password.safeParse('x'.repeat(12)).success).toBe(true);
  });

  it('counts the same way in the admin form', () => {
    for (const password of Object.values(short)) expect(checkPassword(password)).toBe('too_small');
    for (const password of Object.values(enough)) expect(checkPassword(password)).toBeUndefined();
  });
});

describe.each(targets)('the 12-character password minimum: $name', (factory) => {
  let target: Target;
  beforeAll(async () => {
    target = await factory.open();
  });
  afterAll(async () => {
    await target?.close();
  });

  const create = async (username: string, password: string) => {
    const admin = await target.as('admin');
    return admin('/api/v1/users', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, name: 'Length Test', role: 'council', password }),
    });
  };

  it.each(Object.keys(short) as (keyof typeof short)[])('refuses 11 %s characters, and takes 12', async (kind) => {
    const refused = await create(`short-${kind}`, short[kind]);
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ error: { code: 'validation_failed', details: [{ path: 'body.password', code: 'too_small' }] } });

    const created = await create(`enough-${kind}`, enough[kind]);
    expect(created.status, await created.clone().text()).toBe(201);
    const signIn = await target.request('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: `enough-${kind}`, password: enough[kind] }),
    });
    expect(signIn.status).toBe(200);
  });
});
