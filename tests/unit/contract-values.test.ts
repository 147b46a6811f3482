import { describe, expect, it } from 'vitest';
import { IsoDate, Phase } from '@/contract/common.ts';
import { isIsoDate, phases } from '@/contract/values.ts';

describe("the contract's plain values, for the browser", () => {
  it('are the lists the schemas are built from', () => {
    expect(Phase.options).toEqual([...phases]);
  });

  it('take a date exactly when the contract does', () => {
    const samples = ['2026-12-31', '2024-02-29', '2025-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-1-5', '26-01-05', '2026-01-05T00:00', ' 2026-01-05', ''];
    for (const sample of samples) expect(isIsoDate(sample), sample).toBe(IsoDate.safeParse(sample).success);
    expect(samples.filter(isIsoDate)).toEqual(['2026-12-31', '2024-02-29']);
  });
});
