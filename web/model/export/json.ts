// The compiled graph as it is: the shape the app loads and the zod schema defines.
import type { CompiledGraph } from '../schema';

export interface JsonOptions {
  /** Indent with two spaces (default) or write one compact line. */
  pretty?: boolean;
}

export function write(graph: CompiledGraph, { pretty = true }: JsonOptions = {}): string {
  return JSON.stringify(graph, null, pretty ? 2 : undefined) + '\n';
}
