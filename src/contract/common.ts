import { z } from 'zod';
import { healths, horizons, phases, roles } from './values.ts';
import type { languages } from './values.ts';

export { healths, horizons, languages, phases, phasesWithHealth, roles } from './values.ts';

/** Every title in the plan exists verbatim in German and English. */
export const LocalizedText = z.object({ de: z.string(), en: z.string() }).meta({ id: 'LocalizedText' });
export type LocalizedText = z.infer<typeof LocalizedText>;

export type Language = (typeof languages)[number];

/** Lifecycle of a measure or activity (DOMAIN.md, "Status and progress"). */
export const Phase = z.enum(phases).meta({ id: 'Phase' });
export type Phase = z.infer<typeof Phase>;

/** The "Ampel": meaningful only while planned, in progress, ongoing or on hold. */
export const Health = z.enum(healths).meta({ id: 'Health' });
export type Health = z.infer<typeof Health>;

export const Horizon = z.enum(horizons).meta({ id: 'Horizon' });
export type Horizon = z.infer<typeof Horizon>;

export const Role = z.enum(roles).meta({ id: 'Role' });
export type Role = z.infer<typeof Role>;

export const AreaCode = z.string().regex(/^[1-9]\d*$/, 'an Area of Action code is a whole number such as 3');
export const MeasureCode = z.string().regex(/^[1-9]\d*\.[1-9]\d*$/, 'a measure code looks like 3.1');
export const ActivityCode = z.string().regex(/^[1-9]\d*\.[1-9]\d*\.[1-9]\d*$/, 'an activity code looks like 3.1.4');
export const DepartmentId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a department id is lower-case words joined by hyphens');

export const IsoDate = z.iso.date();
export const IsoDateTime = z.iso.datetime({ offset: true });

/** What happened, in the author's words: required when health is at risk or off track, or progress is set by hand. */
export const Narrative = z.string().max(10_000, 'a narrative has at most 10,000 characters');

/** A responsible person (see people.ts). */
export const PersonId = z.uuid();

/** Progress is a whole percentage. */
export const Percent = z.int().min(0).max(100);

/** One accountable lead: a department and, once named, a responsible person. */
export const Lead = z
  .strictObject({ departmentId: DepartmentId, personId: PersonId.nullable() })
  .nullable()
  .meta({ id: 'Lead' });
export type Lead = z.infer<typeof Lead>;

/** One problem with one input: which parameter or field, and why. */
export const ValidationIssue = z.object({
  /** Where the problem is, e.g. "query.phase" or "body.progress". */
  path: z.string(),
  /** Machine-readable reason, e.g. "invalid_value", "too_big". */
  code: z.string(),
  message: z.string(),
});
export type ValidationIssue = z.infer<typeof ValidationIssue>;

export const errorCodes = [
  'validation_failed', // 400 (parameters) or 422 (body)
  'invalid_json', // 400
  'unauthenticated', // 401
  'forbidden', // 403: the role may not
  'csrf_failed', // 403: X-CSRF-Token missing or wrong
  'not_found', // 404
  'method_not_allowed', // 405
  'conflict', // 409
  'precondition_failed', // 412: If-Match names an older version; details.current is the current state
  'unsupported_media_type', // 415
  'precondition_required', // 428: a write without If-Match
  'too_many_requests', // 429, with Retry-After
  'internal_error', // 500
] as const;

/** The one error shape of the API. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;
