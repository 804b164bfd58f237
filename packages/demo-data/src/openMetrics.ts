import { DemoSeries } from './demoPrometheusSeries';

function labelText(labels: Record<string, string>): string {
  const pairs = Object.entries(labels)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(
      ([name, value]) =>
        `${name}="${value.replace(/[\\"\n]/g, c =>
          c === '\n' ? '\\n' : `\\${c}`,
        )}"`,
    );
  return pairs.length ? `{${pairs.join(',')}}` : '';
}

/**
 * The series as OpenMetrics text for `promtool tsdb create-blocks-from openmetrics`: families in
 * name order, each with its `# TYPE` and `# HELP`, its series in label order, each series' samples
 * in time order with timestamps in seconds, and `# EOF` at the end.
 */
export function toOpenMetrics(series: DemoSeries[]): string {
  const families = new Map<string, DemoSeries[]>();
  for (const one of series) {
    families.set(one.family, [...(families.get(one.family) ?? []), one]);
  }
  const lines: string[] = [];
  for (const family of [...families.keys()].sort()) {
    const members = families.get(family)!;
    const { type, help } = members[0];
    lines.push(`# TYPE ${family} ${type}`, `# HELP ${family} ${help}`);
    const name = type === 'counter' ? `${family}_total` : family;
    const ordered = members
      .map(member => ({ member, labels: labelText(member.labels) }))
      .sort((a, b) => (a.labels < b.labels ? -1 : 1));
    for (const { member, labels } of ordered) {
      for (const [time, value] of member.samples) {
        lines.push(`${name}${labels} ${value} ${time / 1000}`);
      }
    }
  }
  lines.push('# EOF', '');
  return lines.join('\n');
}
