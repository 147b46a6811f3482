import { CartesianGrid, LabelList, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis, type LabelProps } from 'recharts';
import { axisColour, gridColour, initialWidth, textColour, tickStyle, ValueTick } from '../plot-kit.tsx';
import type { LinePoint, StyledSeries } from './line-chart.tsx';
import { Marker } from './line-styles.tsx';

type LineChartPlotProps = {
  series: StyledSeries[];
  points: LinePoint[];
  max: number;
  format: (value: number) => string;
  height: number;
  onSelect: (href: string) => void;
};

/** About eight figures fit along a line on a phone; the last point is always labelled. */
const maxLabels = 8;

/** The drawing of a LineChart (recharts); loaded only where one is shown. */
export function LineChartPlot({ series, points, max, format, height, onSelect }: LineChartPlotProps) {
  const data = points.map((point) => ({ label: point.label, ...point.values }));
  const step = Math.ceil(points.length / maxLabels);
  const last = points.length - 1;

  const pointLabel = ({ x, y, value, index }: LabelProps) => {
    if (value === null || value === undefined || index === undefined || (last - index) % step !== 0) return null;
    return (
      <text
        className="chart-value-label"
        x={Number(x)}
        y={Number(y) - 10}
        textAnchor="middle"
        fill={textColour}
        stroke="#fff"
        strokeWidth={3}
        paintOrder="stroke"
        fontSize={12}
        fontWeight={700}
      >
        {format(Number(value))}
      </text>
    );
  };

  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: initialWidth, height }}>
      <LineChart data={data} margin={{ top: 20, right: 24, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={gridColour} />
        <XAxis dataKey="label" tick={tickStyle} stroke={axisColour} interval="preserveStartEnd" minTickGap={12} />
        {/* Every tick fits: none is measured first (see bar-chart-plot.tsx). */}
        <YAxis domain={[0, max]} tickCount={5} tickFormatter={format} tick={ValueTick} stroke={axisColour} width={52} interval={0} />
        <Tooltip formatter={(value) => (typeof value === 'number' ? format(value) : String(value))} />
        {series.map(({ key, label, href, emphasis, style }) => (
          <Line
            key={key}
            dataKey={key}
            name={label}
            stroke={style.colour}
            strokeWidth={style.width}
            strokeDasharray={style.dash}
            dot={({ cx, cy, index }) =>
              cx == null || cy == null ? null : (
                <Marker key={index} shape={style.marker} x={cx} y={cy} size={emphasis ? 4 : 3.5} colour={style.colour} />
              )
            }
            activeDot={{ r: 6 }}
            isAnimationActive={false}
            cursor={href ? 'pointer' : undefined}
            onClick={href ? () => onSelect(href) : undefined}
          >
            {emphasis ? <LabelList dataKey={key} content={pointLabel} /> : null}
          </Line>
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
