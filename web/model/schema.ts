// The single definition of Actor Graph's data: what an analyst writes (sources, actors,
// relations, evidence) and the compiled graph the app loads. Types come from here alone.
import { z } from 'zod';
import { actorKinds, confidences, relationTypes } from './vocabulary';

export { actorKinds, confidences, relationTypes };

const id = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'an id is lower-case words joined by hyphens, e.g. "afghan-taliban"',
  );

const year = z.number().int().min(1000).max(2999);

export const SourceRecord = z
  .strictObject({
    id: id.describe('Unique id that evidence cites, e.g. "pjsel-2023".'),
    file: z.string().min(1).describe('Path of the raw text, relative to the data folder.'),
    title: z.string().min(1),
    authors: z.array(z.string().min(1)).optional().describe('Authors, where the text gives them.'),
    journal: z.string().min(1).optional(),
    volume: z.string().min(1).optional(),
    issue: z.string().min(1).optional(),
    month: z.string().min(1).optional(),
    year: year.optional(),
    pages: z
      .strictObject({ first: z.number().int().positive(), last: z.number().int().positive() })
      .optional()
      .describe('First and last page of the text, where known.'),
    header: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'Regular expressions matching running-header lines to drop; a number alone beside them is the page.',
      ),
    milestones: z
      .array(z.strictObject({ year, label: z.string().min(1) }))
      .optional()
      .describe('Years the source dwells on, offered as stops on the time slider.'),
    note: z.string().optional(),
  })
  .describe('A source text that evidence quotes.');

export const Actor = z
  .strictObject({
    id,
    name: z.string().min(1),
    kind: z.enum(actorKinds),
    aliases: z.array(z.string().min(1)).optional().describe('Other names the sources use.'),
    description: z.string().min(1).describe('One line on who this actor is.'),
  })
  .describe('A state, group, alliance or movement.');

export const Period = z
  .strictObject({ from: year.optional(), to: year.optional() })
  .describe('Years the relation holds; an absent end is open.');

export const Evidence = z
  .strictObject({
    source: id.describe('Id of the source quoted.'),
    quote: z.string().min(1, 'the quote is empty: copy the passage from the source'),
    prefix: z
      .string()
      .min(1)
      .optional()
      .describe('Text just before the quote, to tell repeats apart.'),
    suffix: z
      .string()
      .min(1)
      .optional()
      .describe('Text just after the quote, to tell repeats apart.'),
    note: z.string().optional(),
  })
  .describe('An exact quote of a source that supports a relation.');

export const Relation = z
  .strictObject({
    id,
    source: id.describe('Id of the actor the relation starts from.'),
    target: id.describe('Id of the actor the relation goes to.'),
    type: z.enum(relationTypes),
    directed: z.boolean(),
    label: z.string().min(1),
    period: Period.optional(),
    confidence: z.enum(confidences),
    note: z.string().optional(),
    evidence: z
      .array(Evidence)
      .min(
        1,
        'a relation needs at least one piece of evidence; quote the passage of the source that supports it',
      ),
  })
  .describe('A typed relation between two actors, backed by evidence.');

export const SourceFile = z.array(SourceRecord);
export const ActorFile = z.array(Actor);
export const RelationFile = z.array(Relation);

/** A span of the normalised text: [start, end) in UTF-16 code units. */
export const Span = z.strictObject({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

export const CompiledSource = SourceRecord.extend({
  text: z.string().describe('The normalised text that offsets point into.'),
  paragraphs: z.array(Span),
  pages: z.array(Span.extend({ page: z.number().int() })),
});

/** Evidence anchored as a W3C TextQuoteSelector (exact/prefix/suffix) and TextPositionSelector. */
export const CompiledEvidence = Evidence.omit({ quote: true }).extend({
  exact: z.string().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  paragraph: z.number().int().min(0).describe('Index into the source paragraphs.'),
  page: z.number().int().optional(),
});

export const CompiledRelation = Relation.extend({ evidence: z.array(CompiledEvidence).min(1) });

export const CompiledGraph = z.strictObject({
  version: z.literal(1),
  sources: z.array(CompiledSource),
  actors: z.array(Actor),
  relations: z.array(CompiledRelation),
  layout: z
    .record(z.string(), z.strictObject({ x: z.number(), y: z.number() }))
    .describe('Seeded positions of actors, computed when the graph is compiled.'),
});

export type SourceRecord = z.infer<typeof SourceRecord>;
export type Actor = z.infer<typeof Actor>;
export type ActorKind = Actor['kind'];
export type Period = z.infer<typeof Period>;
export type Evidence = z.infer<typeof Evidence>;
export type Relation = z.infer<typeof Relation>;
export type RelationType = Relation['type'];
export type Confidence = Relation['confidence'];
export type Span = z.infer<typeof Span>;
export type CompiledSource = z.infer<typeof CompiledSource>;
export type CompiledEvidence = z.infer<typeof CompiledEvidence>;
export type CompiledRelation = z.infer<typeof CompiledRelation>;
export type CompiledGraph = z.infer<typeof CompiledGraph>;
