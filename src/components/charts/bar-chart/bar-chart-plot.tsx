import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis, type LabelProps } from 'recharts';
import { PatternDef, type ChartFill } from '../chart-patterns.tsx';
import { axisColour, CategoryTick, gridColour, initialWidth, textColour, useBarLayout, ValueTick } from '../plot-kit.tsx';
import type { BarDatum, BarLabels } from './bar-chart.tsx';

type BarChartPlotProps = {
  data: BarDatum[];
  labels: BarLabels[];
  max: number;
  format: (value: number) => string;
  fill: ChartFill | undefined;
  onSelect: (href: string) => void;
};

const defaultFill: ChartFill = { colour: '#0f6b5c', pattern: 'solid' };

/** The drawing of a BarChart (recharts); loaded only where a bar chart is shown. */
export function BarChartPlot({ data, labels, max, format, fill = defaultFill, onSelect }: BarChartPlotProps) {
  const patternId = `bar-fill-${useId()}`;
  const layout = useBarLayout(data.length);
  const rows = data.map((datum) => ({ name: datum.label, value: datum.value ?? 0, href: datum.href }));
  const hasStale = labels.some((label) => label.stale);
  // Beside the longest bar: "100 % · ⚠ 12 veraltet", or on a phone only the figure, the flag going up to the name.
  const labelRoom = layout.narrow ? 56 : hasStale ? 150 : 64;

  const endLabel = ({ x, y, width, height, index }: LabelProps) => {
    const label = index === undefined ? undefined : labels[index];
    if (!label) return null;
    return (
      <text className="chart-value-label" x={Number(x) + Number(width) + 6} y={Number(y) + Number(height) / 2} dominantBaseline="central" fill={textColour} fontSize={13}>
        <tspan fontWeight={700}>{label.value}</tspan>
        {label.stale && !layout.narrow ? <tspan>{` · ⚠ ${label.stale}`}</tspan> : null}
      </text>
    );
  };
  const nameOf = (index: number) => {
    const name = data[index]?.label ?? '';
    const stale = labels[index]?.stale;
    return layout.narrow && stale ? `${name} · ⚠ ${stale}` : name;
  };

  return (
    <ResponsiveContainer width="100%" height={layout.height} initialDimension={{ width: initialWidth, height: layout.height }} onResize={layout.onResize}>
      <BarChart layout="vertical" data={rows} margin={{ top: 8, right: labelRoom, bottom: 4, left: 4 }} barSize={layout.barSize} accessibilityLayer={false}>
        <defs>
          <PatternDef id={patternId} fill={fill} />
        </defs>
        <CartesianGrid horizontal={false} stroke={gridColour} />
        {/* Every tick has room, so none is measured to see whether it fits (recharts measures each
            in the page, a fifth of drawing the chart); on a phone the axis starts at the edge, where
            "0 %" would be cut, and is left out. */}
        <XAxis
          type="number"
          domain={[0, max]}
          tickFormatter={format}
          tick={ValueTick}
          stroke={axisColour}
          tickCount={layout.narrow ? 3 : 5}
          interval={layout.narrow ? 'preserveEnd' : 0}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={layout.categoryWidth}
          stroke={axisColour}
          tickLine={!layout.narrow}
          axisLine={!layout.narrow}
          interval={0}
          tick={(props) => <CategoryTick {...props} layout={layout} labelOf={nameOf} />}
        />
        <Bar
          dataKey="value"
          fill={`url(#${patternId})`}
          stroke={textColour}
          strokeWidth={1}
          // A zero or a missing figure still gets a hairline, to carry its label.
          minPointSize={2}
          isAnimationActive={false}
          cursor="pointer"
          onClick={(item) => {
            const href = (item.payload as (typeof rows)[number] | undefined)?.href;
            if (href) onSelect(href);
          }}
        >
          <LabelList dataKey="value" content={endLabel} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
