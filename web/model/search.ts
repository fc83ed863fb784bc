// Finds actors by name or alias, forgiving small misspellings ("Pakistn", "Talban").
import Fuse from 'fuse.js';
import type { Actor } from './schema';

export interface ActorMatch {
  actor: Actor;
  /** The name or alias that matched best. */
  matched: string;
}

export function actorSearch(
  actors: readonly Actor[],
): (query: string, limit?: number) => ActorMatch[] {
  const entries = actors.flatMap((actor) =>
    [actor.name, ...(actor.aliases ?? [])].map((name) => ({ actor, name })),
  );
  const fuse = new Fuse(entries, { keys: ['name'], threshold: 0.34, ignoreLocation: true });
  return (query, limit = 8) => {
    const seen = new Set<string>();
    const matches: ActorMatch[] = [];
    for (const { item } of fuse.search(query.trim())) {
      if (seen.has(item.actor.id)) continue;
      seen.add(item.actor.id);
      matches.push({ actor: item.actor, matched: item.name });
      if (matches.length === limit) break;
    }
    return matches;
  };
}
