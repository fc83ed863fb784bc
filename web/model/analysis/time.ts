// Time filtering: which relations hold in a year or a span of years.
import type { Period, Relation } from '../schema';

/** A span of years, both ends included; an absent end is open. */
export interface YearSpan {
  from?: number;
  to?: number;
}

/** A year, a span of years, or undefined for all time. */
export type When = number | YearSpan | undefined;

export interface TimeFilterOptions {
  /** Keep relations whose period gives no year at all (default true: the text does not date them). */
  includeUndated?: boolean;
}

/** True when the period gives neither a start nor an end year. */
export function isUndated(period: Period | undefined): boolean {
  return period?.from === undefined && period?.to === undefined;
}

/**
 * True when a relation with this period holds at some time in `when`: its period covers the
 * year, or overlaps the span, with open ends open. Undefined `when` means all time.
 */
export function isActiveAt(
  period: Period | undefined,
  when: When,
  { includeUndated = true }: TimeFilterOptions = {},
): boolean {
  if (isUndated(period)) return includeUndated;
  if (when === undefined) return true;
  const span = typeof when === 'number' ? { from: when, to: when } : when;
  if (span.from !== undefined && span.to !== undefined && span.from > span.to) {
    throw new Error(`relationsAt: the span runs backwards (from ${span.from} > to ${span.to})`);
  }
  const starts = period?.from ?? -Infinity;
  const ends = period?.to ?? Infinity;
  return starts <= (span.to ?? Infinity) && ends >= (span.from ?? -Infinity);
}

/**
 * The relations that hold in a year (`2021`), a span (`{ from: 2001, to: 2021 }`, ends
 * included, either may be open) or, for `undefined`, at any time. Undated relations are kept
 * unless `includeUndated` is false. Every other analysis follows the year by being given the
 * list this returns.
 */
export function relationsAt<R extends Pick<Relation, 'period'>>(
  relations: readonly R[],
  when: When,
  options: TimeFilterOptions = {},
): R[] {
  return relations.filter((relation) => isActiveAt(relation.period, when, options));
}

/**
 * The first and last year any relation names (start or end), for the bounds of a time slider;
 * undefined when no relation is dated.
 */
export function yearsSpanned(
  relations: readonly Pick<Relation, 'period'>[],
): { first: number; last: number } | undefined {
  const years = relations.flatMap(({ period }) =>
    [period?.from, period?.to].filter((year): year is number => year !== undefined),
  );
  if (years.length === 0) return undefined;
  return { first: Math.min(...years), last: Math.max(...years) };
}
