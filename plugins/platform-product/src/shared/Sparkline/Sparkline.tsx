import { useTheme } from '@material-ui/core';
import { SparklineRow, sparklineGeometry } from './sparklineGeometry';

/**
 * A small line chart drawn as plain SVG (no chart library, so a card that shows one stays light):
 * each line's values by day, a dashed line for imported figures or the like, an optional dashed
 * reference (a target), gaps for days without a value, and each day's values as its tooltip.
 */
export const Sparkline = (props: {
  /** Read out by screen readers and shown as the chart's tooltip title. */
  title: string;
  width: number;
  height: number;
  rows: readonly SparklineRow[];
  lines: ReadonlyArray<{ key: string; name: string; dashed?: boolean }>;
  domain: readonly [number, number] | 'auto';
  reference?: number;
  formatValue: (value: number) => string;
}) => {
  const theme = useTheme();
  const { width, height, rows, lines, formatValue } = props;
  const geometry = sparklineGeometry({
    rows,
    keys: lines.map(line => line.key),
    width,
    height,
    domain: props.domain,
    reference: props.reference,
  });
  const color = theme.palette.primary.main;
  const dayText = (row: SparklineRow) => {
    const values = lines.flatMap(line => {
      const value = row[line.key];
      return typeof value === 'number'
        ? [`${line.name} ${formatValue(value)}`]
        : [];
    });
    return `${row.day}: ${values.length ? values.join(', ') : 'no data'}`;
  };
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={props.title}
    >
      <title>{props.title}</title>
      {geometry.referenceY !== undefined && (
        <line
          x1={0}
          x2={width}
          y1={geometry.referenceY}
          y2={geometry.referenceY}
          stroke={theme.palette.text.secondary}
          strokeDasharray="3 3"
        />
      )}
      {geometry.lines.map(({ key, path, dots }, i) => (
        <g key={key} data-line={key}>
          {path && (
            <path
              d={path}
              fill="none"
              stroke={color}
              strokeWidth={2}
              strokeLinejoin="round"
              strokeDasharray={lines[i].dashed ? '3 3' : undefined}
            />
          )}
          {dots.map(dot => (
            <circle key={dot.x} cx={dot.x} cy={dot.y} r={1.5} fill={color} />
          ))}
        </g>
      ))}
      {geometry.days.map(day => (
        <rect
          key={day.row.day}
          x={day.left}
          y={0}
          width={day.width}
          height={height}
          fill="transparent"
        >
          <title>{dayText(day.row)}</title>
        </rect>
      ))}
    </svg>
  );
};
