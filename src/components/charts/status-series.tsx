import type { ReactNode } from 'react';
import type { Health, Phase } from '@/contract/common.ts';
import { healthIcons, phaseIcons } from '@/components/status-icons.tsx';
import { healthValues, phaseValues } from '@/components/status-badge.tsx';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import type { ChartFill } from './chart-patterns.tsx';

/** One kind of thing counted in a stacked bar: its words, its status icon and its fill. */
export type StackSeries<K extends string = string> = { key: K; label: string; icon?: ReactNode; fill: ChartFill };

// Every fill has at least 4.5:1 against white, so the white figures on the segments stay legible,
// and a texture of its own, so that no two neighbours differ only in colour.
const phaseFills: Record<Phase, ChartFill> = {
  not_started: { colour: '#5f6b77', pattern: 'solid' },
  planned: { colour: '#1f5fa8', pattern: 'dots' },
  in_progress: { colour: '#0f6b5c', pattern: 'diagonal' },
  ongoing: { colour: '#5b3fae', pattern: 'horizontal' },
  completed: { colour: '#1b6e30', pattern: 'grid' },
  on_hold: { colour: '#855400', pattern: 'reverse' },
  discontinued: { colour: '#343a40', pattern: 'cross' },
};

const healthFills: Record<Health | 'none', ChartFill> = {
  on_track: { colour: '#1b6e30', pattern: 'solid' },
  at_risk: { colour: '#855400', pattern: 'diagonal' },
  off_track: { colour: '#a4161a', pattern: 'cross' },
  none: { colour: '#5f6b77', pattern: 'dots' },
};

/** The phases as chart series, in lifecycle order, named and drawn as everywhere else in the app. */
export function usePhaseSeries(): StackSeries<Phase>[] {
  const { t } = useTranslation();
  return phaseValues.map((phase) => ({ key: phase, label: t(`phase.${phase}`), icon: phaseIcons[phase], fill: phaseFills[phase] }));
}

/** The health values from good to bad, and last the measures where health does not apply. */
export function useHealthSeries(): StackSeries<Health | 'none'>[] {
  const { t } = useTranslation();
  return [...healthValues, 'none' as const].map((health) => ({
    key: health,
    label: t(`health.${health}`),
    icon: healthIcons[health],
    fill: healthFills[health],
  }));
}
