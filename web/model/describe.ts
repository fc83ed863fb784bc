// Short spoken descriptions of actors and relations, for a screen reader following the
// keyboard focus or the selection on the graph.
import type { Actor, CompiledRelation, Period } from './schema';

/** "China, state, 19 relations". */
export function describeActor(actor: Actor, kindLabel: string, relations: number): string {
  const count = `${relations} ${relations === 1 ? 'relation' : 'relations'}`;
  return `${actor.name}, ${kindLabel.toLowerCase()}, ${count}`;
}

/** A period as it is read aloud ("from 2021", "1947 to 1971"); undefined when undated. */
export function spokenPeriod(period: Period | undefined): string | undefined {
  const { from, to } = period ?? {};
  if (from === undefined && to === undefined) return undefined;
  if (from === to) return `in ${from}`;
  if (to === undefined) return `from ${from}`;
  if (from === undefined) return `until ${to}`;
  return `${from} to ${to}`;
}

/**
 * "China has leverage over the Afghan Taliban: leverage, China → Afghan Taliban, from 2021,
 * 1 quote"; a mutual relation joins its actors with ↔, an undated one says no period.
 */
export function describeRelation(
  relation: CompiledRelation,
  nameOf: (actor: string) => string,
): string {
  const arrow = relation.directed ? '→' : '↔';
  const quotes = relation.evidence.length;
  const period = spokenPeriod(relation.period);
  return [
    `${relation.label}: ${relation.type}`,
    `${nameOf(relation.source)} ${arrow} ${nameOf(relation.target)}`,
    ...(period ? [period] : []),
    `${quotes} ${quotes === 1 ? 'quote' : 'quotes'}`,
  ].join(', ');
}
