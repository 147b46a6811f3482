import { z } from 'zod';
import { AreaCode, LocalizedText, Percent } from './common.ts';
import { Measure } from './measures.ts';

export const Goal = z.object({ code: z.string(), title: LocalizedText }).meta({ id: 'Goal' });
export type Goal = z.infer<typeof Goal>;

export const Area = z
  .object({
    code: AreaCode,
    title: LocalizedText,
    shortTitle: LocalizedText,
    description: LocalizedText,
    progress: Percent,
    measures: z.array(Measure),
  })
  .meta({ id: 'Area' });
export type Area = z.infer<typeof Area>;

export const Plan = z
  .object({
    code: z.string(),
    title: LocalizedText,
    /** Days without an update after which a measure counts as stale. */
    reportingIntervalDays: z.int().positive(),
    progress: Percent,
    goals: z.array(Goal),
    areas: z.array(Area),
  })
  .meta({ id: 'Plan' });
export type Plan = z.infer<typeof Plan>;
