import { describe, expect, it } from 'vitest';
import { wrapLabel } from './plot-kit.tsx';

describe('the names beside and above bars', () => {
  it('stay on one line where they fit', () => {
    expect(wrapLabel('1 – Kooperationen', 200, 3)).toEqual(['1 – Kooperationen']);
  });

  it('break at spaces and after the slashes the plan\'s short titles are joined with', () => {
    expect(wrapLabel('2 – Internationalisierung/Europäisierung', 200, 3)).toEqual(['2 – Internationalisierung/', 'Europäisierung']);
    expect(wrapLabel('4 – Weltoffenheit der Stadt/Teilhabe der Stadtgesellschaft', 200, 3)).toEqual([
      '4 – Weltoffenheit der',
      'Stadt/Teilhabe der',
      'Stadtgesellschaft',
    ]);
  });

  it('end in an ellipsis rather than running into the next bar', () => {
    const lines = wrapLabel('4 – Weltoffenheit der Stadt/Teilhabe der Stadtgesellschaft', 120, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
  });
});
