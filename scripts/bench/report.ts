// Figures of the benchmark: medians and the printed table.

export type Unit = 'ms' | 'kB' | 'MB';

export interface Metric {
  name: string;
  unit: Unit;
  /** One value a run (empty when skipped). */
  values: number[];
  /** The figure should stay under this, in the metric's unit. */
  target?: number;
  /** Why there are no values, printed instead of them. */
  skipped?: string;
}

export interface Summary {
  name: string;
  unit: Unit;
  runs: number;
  median?: number;
  min?: number;
  max?: number;
  target?: number;
  /** Undefined when there is no target or no value. */
  pass?: boolean;
  skipped?: string;
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summarise(metric: Metric): Summary {
  const values = metric.values.filter((value) => Number.isFinite(value));
  const middle = median(values);
  return {
    name: metric.name,
    unit: metric.unit,
    runs: values.length,
    median: middle,
    min: values.length ? Math.min(...values) : undefined,
    max: values.length ? Math.max(...values) : undefined,
    target: metric.target,
    pass: middle !== undefined && metric.target !== undefined ? middle < metric.target : undefined,
    skipped: metric.skipped,
  };
}

export function format(value: number | undefined, unit: Unit): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  const digits = unit === 'ms' && value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${unit}`;
}

/** The table: metric, median, min, max, target and whether the median meets it. */
export function table(summaries: readonly Summary[]): string {
  const rows = [
    ['metric', 'median', 'min', 'max', 'target', ''],
    ...summaries.map((s) => {
      const target = s.target === undefined ? '' : `< ${s.target} ${s.unit}`;
      if (s.skipped) return [s.name, 'n/a', '–', '–', target, s.skipped];
      const mark = s.pass === undefined ? '' : s.pass ? 'pass' : 'MISS';
      return [
        s.name,
        format(s.median, s.unit),
        format(s.min, s.unit),
        format(s.max, s.unit),
        target,
        mark,
      ];
    }),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 0 || column === 5
          ? cell.padEnd(widths[column]!)
          : cell.padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  const [header, ...body] = rows;
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [line(header!), rule, ...body.map(line)].join('\n');
}
