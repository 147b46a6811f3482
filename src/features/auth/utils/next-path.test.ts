import { describe, expect, it } from 'vitest';
import { loginPath, safeNextPath } from './next-path.ts';

describe('where to go after signing in', () => {
  it('is the page asked for, with its query and fragment', () => {
    expect(safeNextPath('/measures?phase=planned#list')).toBe('/measures?phase=planned#list');
  });

  it('is the overview for anything that would leave the app, or loop back to the login page', () => {
    for (const next of [null, '', 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', 'measures', '/login?next=/']) {
      expect(safeNextPath(next)).toBe('/');
    }
  });

  it('is remembered on the way to the login page, unless it is the overview', () => {
    expect(loginPath('/measures/3.1')).toBe('/login?next=%2Fmeasures%2F3.1');
    expect(loginPath('/')).toBe('/login');
  });
});
