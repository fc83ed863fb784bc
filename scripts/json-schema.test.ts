// The editor's JSON Schemas are generated from web/model/schema.ts; this fails when they are stale.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ActorFile, RelationFile, SourceFile } from '../web/model/schema';

const schemaDir = new URL('../graph-data/schema/', import.meta.url);
const schemas = { sources: SourceFile, actors: ActorFile, relations: RelationFile };

describe('graph-data/schema', () => {
  it('holds one JSON Schema per data file and nothing else', () => {
    expect(readdirSync(schemaDir).sort()).toEqual([
      'actors.schema.json',
      'relations.schema.json',
      'sources.schema.json',
    ]);
  });

  it.each(Object.entries(schemas))('%s.schema.json matches web/model/schema.ts', (name, schema) => {
    const file = `graph-data/schema/${name}.schema.json`;
    const committed: unknown = JSON.parse(
      readFileSync(new URL(`${name}.schema.json`, schemaDir), 'utf8'),
    );
    expect(
      committed,
      `${file} is out of date with web/model/schema.ts; run npm run schema`,
    ).toEqual(z.toJSONSchema(schema));
  });
});
