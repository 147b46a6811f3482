import type { ScryptParams } from '../auth/password.ts';

/**
 * Tests sign in hundreds of times; at the real cost (most of a second and 128 MiB each) that
 * alone would take minutes. Test servers hash and verify with these instead. The real
 * parameters are what password.test.ts, database.test.ts, main.test.ts, cli/user.test.ts and
 * the end-to-end tests run with.
 */
export const testPasswordParams: ScryptParams = { log2N: 10, r: 8, p: 1 };
