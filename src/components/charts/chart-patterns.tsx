import { useId } from 'react';

/**
 * Fills that differ in texture as well as colour, so that segments of a stacked bar tell apart
 * in greyscale, on a black-and-white printout and for people who do not see the colours
 * (WCAG 1.4.1). Plain SVG: the legend uses them without loading the chart library.
 */
export type PatternKind = 'solid' | 'diagonal' | 'reverse' | 'dots' | 'cross' | 'horizontal' | 'vertical' | 'grid';

export type ChartFill = { colour: string; pattern: PatternKind };

const line = { stroke: '#fff', strokeOpacity: 0.6, strokeWidth: 1.5 } as const;

function PatternMarks({ kind }: { kind: PatternKind }) {
  switch (kind) {
    case 'solid':
      return null;
    case 'diagonal':
      return <path d="M-2 2l4-4M0 8l8-8M6 10l4-4" {...line} />;
    case 'reverse':
      return <path d="M-2 6l4 4M0 0l8 8M6 -2l4 4" {...line} />;
    case 'dots':
      return <circle cx="4" cy="4" r="1.4" fill="#fff" fillOpacity={0.7} />;
    case 'cross':
      return <path d="M0 0l8 8M8 0l-8 8" {...line} />;
    case 'horizontal':
      return <path d="M0 4h8" {...line} />;
    case 'vertical':
      return <path d="M4 0v8" {...line} />;
    case 'grid':
      return <path d="M0 4h8M4 0v8" {...line} strokeWidth={1} />;
  }
}

/** A pattern to reference as `fill="url(#id)"`; belongs inside an SVG's <defs>. */
export function PatternDef({ id, fill }: { id: string; fill: ChartFill }) {
  return (
    <pattern id={id} width={8} height={8} patternUnits="userSpaceOnUse">
      <rect width={8} height={8} fill={fill.colour} />
      <PatternMarks kind={fill.pattern} />
    </pattern>
  );
}

/** A legend's sample of a fill; decorative, since the legend's text names it. */
export function Swatch({ fill }: { fill: ChartFill }) {
  const id = `swatch-${useId()}`;
  return (
    <svg className="chart-swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <defs>
        <PatternDef id={id} fill={fill} />
      </defs>
      <rect x="0.5" y="0.5" width="15" height="15" rx="2" fill={`url(#${id})`} stroke="#1d2329" strokeWidth="1" />
    </svg>
  );
}
