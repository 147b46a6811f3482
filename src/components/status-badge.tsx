import type { ReactNode } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import type { Health, Phase } from '@/contract/common.ts';
import { healthIcons, phaseIcons } from './status-icons.tsx';

export type StatusTone = 'neutral' | 'info' | 'active' | 'ongoing' | 'success' | 'warning' | 'danger' | 'muted';

type StatusBadgeProps = {
  icon: ReactNode;
  label: string;
  tone: StatusTone;
  /** What kind of status this is ("Phase", "Ampel"), for screen readers where no column header says so. */
  kind?: string;
};

/** A status as icon and text; colour only repeats what both already say. */
export function StatusBadge({ icon, label, tone, kind }: StatusBadgeProps) {
  return (
    <span className={`badge badge--${tone}`}>
      {icon}
      {kind ? <span className="visually-hidden">{`${kind}:`}</span> : null} <span className="badge__label">{label}</span>
    </span>
  );
}

const phaseTones: Record<Phase, StatusTone> = {
  not_started: 'neutral',
  planned: 'info',
  in_progress: 'active',
  ongoing: 'ongoing',
  completed: 'success',
  on_hold: 'warning',
  discontinued: 'muted',
};

const healthTones: Record<Health | 'none', StatusTone> = {
  on_track: 'success',
  at_risk: 'warning',
  off_track: 'danger',
  none: 'muted',
};

// Object.keys loses the key type; the records above are typed exhaustively against the contract.
/** Every phase in lifecycle order, for filters and legends. */
export const phaseValues = Object.keys(phaseTones) as Phase[];
/** Every health value, from good to bad. */
export const healthValues = Object.keys(healthTones).filter((h) => h !== 'none') as Health[];

type StatusKey = `phase.${Phase | 'label'}` | `health.${Health | 'none' | 'label'}`;

/**
 * Badges are many (two in each row of a table of thousands) and their words few: each word is
 * looked up once per language. A table's sort or search draws a new set of rows, and the lookups
 * were a good part of that on a slow phone.
 */
const labelsByLanguage = new Map<string, Map<StatusKey, string>>();
function useStatusLabel(): (key: StatusKey) => string {
  const { t, language } = useTranslation();
  return (key) => {
    let labels = labelsByLanguage.get(language);
    if (!labels) labelsByLanguage.set(language, (labels = new Map()));
    let label = labels.get(key);
    if (label === undefined) labels.set(key, (label = t(key)));
    return label;
  };
}

export function PhaseBadge({ phase, withKind = true }: { phase: Phase; withKind?: boolean }) {
  const label = useStatusLabel();
  return <StatusBadge icon={phaseIcons[phase]} label={label(`phase.${phase}`)} tone={phaseTones[phase]} kind={withKind ? label('phase.label') : undefined} />;
}

/** Health is null where it does not apply (not started, completed, discontinued): that is said in words too. */
export function HealthBadge({ health, withKind = true }: { health: Health | null; withKind?: boolean }) {
  const label = useStatusLabel();
  const value = health ?? 'none';
  return <StatusBadge icon={healthIcons[value]} label={label(`health.${value}`)} tone={healthTones[value]} kind={withKind ? label('health.label') : undefined} />;
}
