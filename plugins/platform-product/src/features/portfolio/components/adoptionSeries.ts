import type { SnapshotSource } from '@platform-product/backstage-plugin-platform-product-common';

/** One point of an adoption line, as the portfolio answers it. */
export type AdoptionPoint = {
  day: string;
  ratio: number | null;
  source: SnapshotSource;
};

/** The data key of a line's imported points, drawn dashed beside its live ones. */
export function importedKey(key: string): string {
  return `${key}_imported`;
}

/**
 * Chart rows by day for recharts from adoption lines: each line's live points under its `key` and
 * its imported points under {@link importedKey}, so the two can be drawn differently. The first
 * live point after imported ones belongs to both, so that the two parts of a line meet.
 */
export function adoptionSeries(
  lines: Array<{ key: string; points: AdoptionPoint[] }>,
): Array<Record<string, string | number | null>> {
  const byDay = new Map<string, Record<string, string | number | null>>();
  for (const { key, points } of lines) {
    let previous: SnapshotSource | undefined;
    for (const point of points) {
      const row = byDay.get(point.day) ?? { day: point.day };
      byDay.set(point.day, row);
      if (point.source === 'imported') {
        row[importedKey(key)] = point.ratio;
      } else {
        row[key] = point.ratio;
        if (previous === 'imported') row[importedKey(key)] = point.ratio;
      }
      previous = point.source;
    }
  }
  return [...byDay.values()].sort((a, b) =>
    String(a.day).localeCompare(String(b.day)),
  );
}

/** Whether any point of the lines was imported from an earlier record. */
export function hasImported(points: AdoptionPoint[]): boolean {
  return points.some(point => point.source === 'imported');
}
