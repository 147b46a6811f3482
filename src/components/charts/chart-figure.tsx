import { Component, Suspense, useId, useState, type ReactNode } from 'react';
import { useChartsTranslation } from '@/lib/i18n/use-charts-translation.ts';
import { usePrinted } from './before-print.ts';
import { useNearWindow } from './use-near-window.ts';
import './charts.css';

type ChartFigureProps = {
  /** The figure's accessible name, and the caption of its table. */
  title: string;
  /** What is counted, and how; under the title. */
  description?: ReactNode;
  /** How far the figures can be trusted: how many of the measures behind them are stale. */
  staleNote?: ReactNode;
  /** The chart's content in words, for those who cannot see it. */
  summary: string;
  legend?: ReactNode;
  /** The drawing, a lazily loaded component drawn once the figure comes near the window or is printed: the rest of the figure works without it. */
  plot: ReactNode;
  /** The same numbers as a <table>, captioned with the title. */
  table: (caption: string) => ReactNode;
  /** Nothing to draw: the figure says so instead of showing an empty frame. */
  isEmpty: boolean;
  /** The plot's height before it has loaded, so the page does not jump. */
  plotHeight: number;
};

/**
 * What every chart is made of: a <figure> named by its caption, the drawing (an image to
 * assistive technology, described by `summary`), and a button that shows the same numbers as a
 * real table. The table is put in the page when asked for, or before the page is printed, where
 * it always shows: a page of charts would otherwise build hundreds of hidden cells while it loads.
 */
export function ChartFigure({ title, description, staleNote, summary, legend, plot, table, isEmpty, plotHeight }: ChartFigureProps) {
  const { t } = useChartsTranslation();
  const id = useId();
  const [tableShown, setTableShown] = useState(false);
  const [plotRef, plotNear] = useNearWindow();
  const printed = usePrinted();
  const titleId = `${id}-title`;
  const tableId = `${id}-table`;

  return (
    <figure className="chart panel" aria-labelledby={titleId}>
      <figcaption id={titleId} className="chart__title">
        {title}
      </figcaption>
      {description ? <div className="chart__description note">{description}</div> : null}
      {staleNote ? <div className="chart__stale">{staleNote}</div> : null}
      {isEmpty ? (
        <p className="chart__empty">{t('noData')}</p>
      ) : (
        <>
          {legend}
          <div ref={plotRef} className="chart__plot" role="img" aria-label={summary} style={{ minHeight: plotHeight }}>
            {plotNear || printed ? (
              <PlotBoundary fallback={<p className="chart__placeholder">{t('loadFailed')}</p>}>
                <Suspense fallback={<p className="chart__placeholder">{t('loading')}</p>}>{plot}</Suspense>
              </PlotBoundary>
            ) : (
              <p className="chart__placeholder">{t('loading')}</p>
            )}
          </div>
          <button
            type="button"
            className="button button--secondary button--small chart__toggle"
            aria-expanded={tableShown}
            aria-controls={tableId}
            onClick={() => setTableShown((shown) => !shown)}
          >
            {tableShown ? t('hideTable') : t('showTable')}
          </button>
          <div id={tableId} className="table-scroll chart__table" hidden={!tableShown}>
            {tableShown || printed ? table(title) : null}
          </div>
        </>
      )}
    </figure>
  );
}

/** A chart whose code failed to load (offline, a new release) leaves the table to carry the numbers. */
class PlotBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
