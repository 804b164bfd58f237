/** A row of a sparkline: a day and, under each line's key, its value that day (absent: a gap). */
export type SparklineRow = { day: string } & Record<
  string,
  string | number | null | undefined
>;

/** Where a sparkline's lines, reference and days fall in a box of `width` × `height` pixels. */
export interface SparklineGeometry {
  /** Per line key: an SVG path of its runs of days with a value, and its lone points. */
  lines: Array<{
    key: string;
    path: string;
    dots: Array<{ x: number; y: number }>;
  }>;
  /** The y of the reference value (a target), if one was given. */
  referenceY?: number;
  /** Per day: its x and the slice of the box around it, for its tooltip. */
  days: Array<{ row: SparklineRow; x: number; left: number; width: number }>;
}

const PADDING = 2;

function valueOf(row: SparklineRow, key: string): number | undefined {
  const value = row[key];
  return typeof value === 'number' && Number.isFinite(value)
    ? value
    : undefined;
}

/**
 * The geometry of a small line chart: days evenly spaced, values scaled to `domain` (`'auto'`: the
 * lowest and highest value, widened to take in the reference), a day without a value breaking the
 * line. A flat series sits in the middle.
 */
export function sparklineGeometry(options: {
  rows: readonly SparklineRow[];
  keys: readonly string[];
  width: number;
  height: number;
  domain: readonly [number, number] | 'auto';
  reference?: number;
}): SparklineGeometry {
  const { rows, keys, width, height, reference } = options;
  const values = rows.flatMap(row =>
    keys.flatMap(key => valueOf(row, key) ?? []),
  );
  const inDomain = reference === undefined ? values : [...values, reference];
  const [low, high] =
    options.domain === 'auto'
      ? [Math.min(...inDomain), Math.max(...inDomain)]
      : options.domain;
  const step = rows.length > 1 ? (width - 2 * PADDING) / (rows.length - 1) : 0;
  const x = (i: number) => (rows.length > 1 ? PADDING + i * step : width / 2);
  const y = (value: number) =>
    !(high > low)
      ? height / 2
      : PADDING + ((high - value) / (high - low)) * (height - 2 * PADDING);
  const round = (n: number) => Math.round(n * 10) / 10;

  const lines = keys.map(key => {
    const runs: Array<Array<{ x: number; y: number }>> = [];
    let run: Array<{ x: number; y: number }> = [];
    rows.forEach((row, i) => {
      const value = valueOf(row, key);
      if (value === undefined) {
        if (run.length) runs.push(run);
        run = [];
      } else {
        run.push({ x: round(x(i)), y: round(y(value)) });
      }
    });
    if (run.length) runs.push(run);
    return {
      key,
      path: runs
        .filter(points => points.length > 1)
        .map(points =>
          points.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join(' '),
        )
        .join(' '),
      dots: runs.filter(points => points.length === 1).map(([p]) => p),
    };
  });
  return {
    lines,
    referenceY:
      reference === undefined || values.length === 0
        ? undefined
        : round(y(reference)),
    days: rows.map((row, i) => {
      const left = rows.length > 1 ? Math.max(0, x(i) - step / 2) : 0;
      const right = rows.length > 1 ? Math.min(width, x(i) + step / 2) : width;
      return {
        row,
        x: round(x(i)),
        left: round(left),
        width: round(right - left),
      };
    }),
  };
}
