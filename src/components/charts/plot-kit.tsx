import { useState } from 'react';
import type { BaseTickContentProps, YAxisTickContentProps } from 'recharts';

/** What the plot modules share: the only modules that import recharts, each loaded where its chart is shown. */

export const textColour = '#1d2329';
export const gridColour = '#d5dae0';
export const axisColour = '#7b8591';
export const tickStyle = { fill: textColour, fontSize: 13 } as const;

/** A plot's width before ResizeObserver has measured it (and in tests, where nothing is laid out). */
export const initialWidth = 640;

/** Below this width the bars' names go above the bars, not beside them: a phone has no room for both. */
const narrowWidth = 480;

/**
 * How a chart of horizontal bars fits the width it has, which ResponsiveContainer reports: the
 * names beside the bars on a wide screen, above them on a narrow one, and the height to match.
 */
export function useBarLayout(rows: number) {
  const [width, setWidth] = useState(initialWidth);
  const narrow = width < narrowWidth;
  // Narrow: room above each bar for its name on two lines.
  const rowHeight = narrow ? 84 : 52;
  return {
    width,
    narrow,
    barSize: narrow ? 20 : 24,
    // Narrow: the axis keeps a pixel, or recharts would not draw the names at all.
    categoryWidth: narrow ? 1 : Math.round(Math.min(220, Math.max(120, width * 0.32))),
    height: rows * rowHeight + 40,
    onResize: (next: number) => setWidth(next),
  };
}

/**
 * A name broken into lines of at most `width` pixels, at spaces and after slashes (the plan's
 * short titles join words with "/"). Widths are estimated from the number of characters: the
 * same on every machine, and in tests, where nothing is measured.
 */
export function wrapLabel(label: string, width: number, maxLines: number, fontSize: number = tickStyle.fontSize): string[] {
  const perLine = Math.max(4, Math.floor(width / (fontSize * 0.56)));
  const tokens = label.split(/(?<=\/)|\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const joined = line === '' ? token : line.endsWith('/') ? `${line}${token}` : `${line} ${token}`;
    if (line !== '' && joined.length > perLine) {
      lines.push(line);
      line = token;
    } else {
      line = joined;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.slice(0, Math.max(1, perLine - 1))}…`;
  return kept;
}

type CategoryTickProps = YAxisTickContentProps & {
  layout: ReturnType<typeof useBarLayout>;
  /** The name to show for the bar at this index, where it differs from the axis value. */
  labelOf?: (index: number) => string;
};

const lineHeight = 16;
const narrowFont = { ...tickStyle, fontSize: 12 } as const;
const narrowLineHeight = 14;

/** A bar's name: beside it, wrapped onto up to three lines, or above it on a narrow screen. */
export function CategoryTick({ x, y, payload, layout, labelOf }: CategoryTickProps) {
  const label = labelOf?.(payload.index) ?? String(payload.value);
  if (layout.narrow) {
    const lines = wrapLabel(label, layout.width - 16, 2, narrowFont.fontSize);
    const bottom = Number(y) - layout.barSize / 2 - 4;
    return (
      <text x={Number(x)} y={bottom - (lines.length - 1) * narrowLineHeight} textAnchor="start" {...narrowFont}>
        {lines.map((text, i) => (
          <tspan key={i} x={Number(x)} dy={i === 0 ? 0 : narrowLineHeight}>
            {text}
          </tspan>
        ))}
      </text>
    );
  }
  const lines = wrapLabel(label, layout.categoryWidth - 10, 3);
  const top = Number(y) - ((lines.length - 1) * lineHeight) / 2;
  return (
    <text x={Number(x) - 6} y={top} textAnchor="end" dominantBaseline="central" {...tickStyle}>
      {lines.map((text, i) => (
        <tspan key={i} x={Number(x) - 6} dy={i === 0 ? 0 : lineHeight}>
          {text}
        </tspan>
      ))}
    </text>
  );
}

/**
 * A figure on a value axis, drawn where and as recharts' own tick draws it. Recharts reads the
 * computed font of its own ticks as soon as they are in the page, then draws the axis again: the
 * read makes the browser work out the styles of everything just added (on the overview, most of
 * the page) in the middle of drawing the chart. Under Lighthouse's desktop run that made the
 * chart's commit the load's longest task, about 140 ms; with these ticks it is 70-90 ms (issue 6).
 * This tick has no class recharts looks for, so nothing is read and the axis is drawn once. For
 * axes that show every tick: where recharts thins an axis (the bar chart's on a phone), it then
 * measures the labels in the page's font size, larger than the tick's, so they never overlap.
 */
export function ValueTick({ x, y, payload, index, textAnchor, verticalAnchor, tickFormatter }: BaseTickContentProps) {
  const text = tickFormatter ? tickFormatter(payload.value, index) : String(payload.value);
  // recharts' Text: the first line's baseline a cap height below y (top-anchored) or half of it (centred).
  const dy = verticalAnchor === 'start' ? '0.71em' : verticalAnchor === 'middle' ? '0.355em' : undefined;
  return (
    <text x={x} y={y} textAnchor={textAnchor} {...tickStyle}>
      <tspan x={x} dy={dy}>
        {text}
      </tspan>
    </text>
  );
}
