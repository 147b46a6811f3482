/**
 * How the lines of a line chart tell apart without their colours: each has its own dash and its
 * own marker shape as well. Plain SVG, shared by the drawing and its legend.
 */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'ring';

export type LineStyle = { colour: string; dash: string | undefined; marker: MarkerShape; width: number };

/** The line the chart is about (the whole plan): dark, solid and heavier than the rest. */
export const emphasisStyle: LineStyle = { colour: '#1d2329', dash: undefined, marker: 'circle', width: 3 };

// At least 3:1 against white, as WCAG 1.4.11 asks of lines that carry meaning.
const otherStyles: LineStyle[] = [
  { colour: '#1f5fa8', dash: '8 4', marker: 'square', width: 2 },
  { colour: '#a4161a', dash: '2 3', marker: 'triangle', width: 2 },
  { colour: '#0f6b5c', dash: '10 3 2 3', marker: 'diamond', width: 2 },
  { colour: '#855400', dash: '5 2', marker: 'ring', width: 2 },
];

/** The style of the n-th line that is not the emphasised one. */
export const lineStyle = (index: number): LineStyle => otherStyles[index % otherStyles.length] as LineStyle;

export function Marker({ shape, x, y, size, colour }: { shape: MarkerShape; x: number; y: number; size: number; colour: string }) {
  const r = size;
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={r} fill={colour} />;
    case 'ring':
      return <circle cx={x} cy={y} r={r - 0.75} fill="#fff" stroke={colour} strokeWidth={1.5} />;
    case 'square':
      return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} fill={colour} />;
    case 'triangle':
      return <path d={`M${x} ${y - r * 1.2}L${x + r * 1.15} ${y + r * 0.9}H${x - r * 1.15}Z`} fill={colour} />;
    case 'diamond':
      return <path d={`M${x} ${y - r * 1.3}L${x + r * 1.3} ${y}L${x} ${y + r * 1.3}L${x - r * 1.3} ${y}Z`} fill={colour} />;
  }
}

/** A legend's sample of a line: its dash and its marker. Decorative, as the legend names the line. */
export function LineSample({ style }: { style: LineStyle }) {
  return (
    <svg className="chart-swatch" viewBox="0 0 32 16" width="32" height="16" aria-hidden="true" focusable="false">
      <path d="M1 8h30" stroke={style.colour} strokeWidth={style.width} strokeDasharray={style.dash} fill="none" />
      <Marker shape={style.marker} x={16} y={8} size={4} colour={style.colour} />
    </svg>
  );
}
