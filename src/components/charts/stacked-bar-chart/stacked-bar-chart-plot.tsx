import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis, type LabelProps } from 'recharts';
import { PatternDef } from '../chart-patterns.tsx';
import { axisColour, CategoryTick, gridColour, initialWidth, useBarLayout, ValueTick } from '../plot-kit.tsx';
import type { StackSeries } from '../status-series.tsx';
import type { StackRow } from './stacked-bar-chart.tsx';

type StackedBarChartPlotProps<K extends string> = {
  series: StackSeries<K>[];
  rows: StackRow<K>[];
  onSelect: (href: string) => void;
};

type PlotRow = { name: string; hrefs: Partial<Record<string, string>> } & Record<string, unknown>;

/** A segment's count on the segment itself, where it fits; the table has every figure anyway. */
function segmentLabel({ x, y, width, height, value, fill }: LabelProps & { fill?: string }) {
  if (!value || Number(width) < 14) return null;
  return (
    <text
      className="chart-value-label"
      x={Number(x) + Number(width) / 2}
      y={Number(y) + Number(height) / 2}
      textAnchor="middle"
      dominantBaseline="central"
      fill="#fff"
      // A halo in the segment's own colour keeps the figure legible over its texture.
      stroke={fill}
      strokeWidth={3}
      paintOrder="stroke"
      fontSize={13}
      fontWeight={700}
    >
      {String(value)}
    </text>
  );
}

/** The drawing of a StackedBarChart (recharts); loaded only where one is shown. */
export function StackedBarChartPlot<K extends string>({ series, rows, onSelect }: StackedBarChartPlotProps<K>) {
  const idPrefix = `stack-${useId()}`;
  const layout = useBarLayout(rows.length);
  const data: PlotRow[] = rows.map((row) => ({ name: row.label, hrefs: row.hrefs ?? {}, ...row.values }));

  return (
    <ResponsiveContainer width="100%" height={layout.height} initialDimension={{ width: initialWidth, height: layout.height }} onResize={layout.onResize}>
      <BarChart layout="vertical" data={data} margin={{ top: 8, right: 16, bottom: 4, left: 4 }} barSize={layout.barSize} accessibilityLayer={false}>
        <defs>
          {series.map(({ key, fill }) => (
            <PatternDef key={key} id={`${idPrefix}-${key}`} fill={fill} />
          ))}
        </defs>
        <CartesianGrid horizontal={false} stroke={gridColour} />
        {/* Every tick fits: none is measured first (see bar-chart-plot.tsx). */}
        <XAxis type="number" allowDecimals={false} domain={[0, 'dataMax']} tick={ValueTick} stroke={axisColour} interval={0} />
        <YAxis
          type="category"
          dataKey="name"
          width={layout.categoryWidth}
          stroke={axisColour}
          tickLine={!layout.narrow}
          axisLine={!layout.narrow}
          interval={0}
          tick={(props) => <CategoryTick {...props} layout={layout} />}
        />
        {series.map(({ key, fill }) => (
          <Bar
            key={key}
            dataKey={key}
            stackId="stack"
            fill={`url(#${idPrefix}-${key})`}
            // White seams part neighbouring segments whatever their colours.
            stroke="#fff"
            strokeWidth={1}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(item) => {
              const href = (item.payload as PlotRow | undefined)?.hrefs[key];
              if (href) onSelect(href);
            }}
          >
            <LabelList dataKey={key} content={(props) => segmentLabel({ ...props, fill: fill.colour })} />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
