// What the layout worker is asked and what it answers: the seeded layout of a set of actors and
// relations, numbered so that an answer to a superseded request can be told apart.
import { seededLayout, type Positions } from './layout';

export interface LayoutRequest {
  /** Numbers the request; the answer carries it back. */
  id: number;
  actors: { id: string; name?: string }[];
  relations: { source: string; target: string }[];
}

export type LayoutAnswer =
  { id: number; ok: true; positions: Positions } | { id: number; ok: false; error: string };

/** Runs one request with the same seeded layout as the compiler, so the same data gives the same figure. */
export function runLayoutJob(request: LayoutRequest): LayoutAnswer {
  try {
    return { id: request.id, ok: true, positions: seededLayout(request.actors, request.relations) };
  } catch (error) {
    return { id: request.id, ok: false, error: `layout: ${(error as Error).message}` };
  }
}
