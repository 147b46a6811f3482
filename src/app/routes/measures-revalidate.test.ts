import type { ShouldRevalidateFunctionArgs } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { measuresShouldRevalidate } from './measures.tsx';

const args = (from: string, to: string, extra: Partial<ShouldRevalidateFunctionArgs> = {}): ShouldRevalidateFunctionArgs => ({
  currentUrl: new URL(from, 'http://app.test'),
  currentParams: {},
  nextUrl: new URL(to, 'http://app.test'),
  nextParams: {},
  defaultShouldRevalidate: true,
  ...extra,
});

// The table sorts and filters the plan it has: a new sort or filter in the URL must not run the loaders (issue 6).
describe('the measures route revalidates', () => {
  it('not when only the search changes (sort, filters, grouping, columns)', () => {
    expect(measuresShouldRevalidate(args('/measures', '/measures?sort=title'))).toBe(false);
    expect(measuresShouldRevalidate(args('/measures?sort=title', '/measures?sort=title&q=welcome&group=area'))).toBe(false);
  });

  it('as React Router decides for anything else: the same URL again, another page, a form submission', () => {
    expect(measuresShouldRevalidate(args('/measures?sort=title', '/measures?sort=title'))).toBe(true);
    expect(measuresShouldRevalidate(args('/measures?sort=title', '/measures?sort=title', { defaultShouldRevalidate: false }))).toBe(false);
    expect(measuresShouldRevalidate(args('/measures/1.1', '/measures?sort=title'))).toBe(true);
    expect(measuresShouldRevalidate(args('/measures', '/measures?sort=title', { formMethod: 'POST' }))).toBe(true);
  });
});
