// The flat attributes of an actor and of a relation, defined once so that GraphML, GEXF,
// Cytoscape JSON and CSV write the same names, types and values.
import type { Actor, CompiledGraph, CompiledRelation } from '../schema';

/** Joins an actor's aliases into one text column (GraphML, GEXF, CSV). */
export const aliasSeparator = '; ';

export type ColumnType = 'string' | 'boolean' | 'int' | 'double';

/** Actor attributes in column order; `x` and `y` are the compiled layout. */
export const actorColumnTypes = {
  name: 'string',
  kind: 'string',
  aliases: 'string',
  description: 'string',
  x: 'double',
  y: 'double',
} as const satisfies Record<string, ColumnType>;

/** Relation attributes in column order; the first piece of evidence stands for all. */
export const relationColumnTypes = {
  type: 'string',
  directed: 'boolean',
  label: 'string',
  period_from: 'int',
  period_to: 'int',
  confidence: 'string',
  note: 'string',
  evidence_count: 'int',
  first_quote: 'string',
  first_page: 'int',
} as const satisfies Record<string, ColumnType>;

export type ActorColumn = keyof typeof actorColumnTypes;
export type RelationColumn = keyof typeof relationColumnTypes;

/** Absent values stay undefined: formats omit them rather than write an empty value. */
export type ActorColumns = Record<ActorColumn, string | number | undefined>;
export type RelationColumns = Record<RelationColumn, string | number | boolean | undefined>;

export function actorColumns(actor: Actor, layout: CompiledGraph['layout']): ActorColumns {
  const position = layout[actor.id];
  return {
    name: actor.name,
    kind: actor.kind,
    aliases: actor.aliases?.length ? actor.aliases.join(aliasSeparator) : undefined,
    description: actor.description,
    x: position?.x,
    y: position?.y,
  };
}

export function relationColumns(relation: CompiledRelation): RelationColumns {
  const first = relation.evidence[0];
  return {
    type: relation.type,
    directed: relation.directed,
    label: relation.label,
    period_from: relation.period?.from,
    period_to: relation.period?.to,
    confidence: relation.confidence,
    note: relation.note,
    evidence_count: relation.evidence.length,
    first_quote: first?.exact,
    first_page: first?.page,
  };
}
