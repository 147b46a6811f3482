import type { Health, Phase } from '@/contract/common.ts';
import { healthValues, phaseValues } from '@/components/status-badge.tsx';
import type { MeasureFilters } from '../api/get-measures.ts';

// The contract's own patterns for these parameters (src/contract/common.ts), repeated because the
// browser bundle carries no zod: a hand-edited bookmark is then tidied up rather than refused.
const areaCodePattern = /^[1-9]\d*$/;
const departmentIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const maxSearchLength = 200;

export const filterNames = ['area', 'phase', 'health', 'department', 'q'] as const satisfies readonly (keyof MeasureFilters)[];

const isPhase = (value: string): value is Phase => (phaseValues as readonly string[]).includes(value);
const isHealth = (value: string): value is Health => (healthValues as readonly string[]).includes(value);

/** The filters a URL's search parameters (or a submitted form) ask for; what the API would refuse is left out. */
export function measureFiltersFrom(params: URLSearchParams): MeasureFilters {
  const filters: MeasureFilters = {};
  const area = params.get('area');
  if (area && areaCodePattern.test(area)) filters.area = area;
  const phase = params.get('phase');
  if (phase && isPhase(phase)) filters.phase = phase;
  const health = params.get('health');
  if (health && isHealth(health)) filters.health = health;
  const department = params.get('department');
  if (department && departmentIdPattern.test(department)) filters.department = department;
  const q = params.get('q')?.trim().slice(0, maxSearchLength).trim();
  if (q) filters.q = q;
  return filters;
}

/** The search parameters that bookmark these filters; empty ones are left out. */
export function searchParamsFrom(filters: MeasureFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of filterNames) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  return params;
}

export const hasFilters = (filters: MeasureFilters) => filterNames.some((name) => filters[name] !== undefined);
