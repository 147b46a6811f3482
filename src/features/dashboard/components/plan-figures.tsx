import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { StatsSummary } from '@/contract/stats.ts';
import { healthIcons, phaseIcons } from '@/components/status-icons.tsx';
import { useDashboardTranslation } from '@/lib/i18n/use-dashboard-translation.ts';
import { measuresHref } from '../utils/measures-link.ts';
import { useDashboardFormat } from './use-dashboard-format.ts';

type Figure = { key: string; value: string; label: string; href?: string; icon?: ReactNode; flagged?: boolean };

/** The plan's key figures, each a way into the measures it counts. */
export function PlanFigures({ overall }: { overall: StatsSummary['overall'] }) {
  const { t } = useDashboardTranslation();
  const { formatPercent } = useDashboardFormat();
  const figures: Figure[] = [
    { key: 'progress', value: overall.progress === null ? t('figures.noProgress') : formatPercent(overall.progress), label: t('figures.progress') },
    { key: 'measures', value: String(overall.measures), label: t('figures.measures'), href: measuresHref() },
    {
      key: 'in_progress',
      value: String(overall.phases.in_progress),
      label: t('figures.inProgress'),
      href: measuresHref({ phase: 'in_progress' }),
      icon: phaseIcons.in_progress,
    },
    {
      key: 'at_risk',
      value: String(overall.healths.at_risk),
      label: t('figures.atRisk'),
      href: measuresHref({ health: 'at_risk' }),
      icon: healthIcons.at_risk,
      flagged: overall.healths.at_risk > 0,
    },
    {
      key: 'off_track',
      value: String(overall.healths.off_track),
      label: t('figures.offTrack'),
      href: measuresHref({ health: 'off_track' }),
      icon: healthIcons.off_track,
      flagged: overall.healths.off_track > 0,
    },
    { key: 'overdue', value: String(overall.overdue), label: t('figures.overdue'), href: measuresHref({ overdue: true }), flagged: overall.overdue > 0 },
    { key: 'stale', value: String(overall.stale), label: t('figures.stale'), href: measuresHref({ stale: true }), flagged: overall.stale > 0 },
  ];

  return (
    <ul className="plan-figures">
      {figures.map((figure) => {
        const content = (
          <>
            <span className="plan-figures__value">{figure.value}</span>{' '}
            <span className="plan-figures__label">
              {figure.icon}
              {figure.label}
            </span>
          </>
        );
        return (
          <li key={figure.key} className={`plan-figures__item panel${figure.flagged ? ' plan-figures__item--flagged' : ''}`}>
            {figure.href ? (
              <Link className="plan-figures__figure plan-figures__link" to={figure.href}>
                {content}
              </Link>
            ) : (
              <span className="plan-figures__figure">{content}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
