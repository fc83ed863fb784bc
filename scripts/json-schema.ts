// npm run schema: writes JSON Schemas of the data files, so an editor checks the YAML as it is typed.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ActorFile, RelationFile, SourceFile } from '../web/model/schema';

const files = { sources: SourceFile, actors: ActorFile, relations: RelationFile };
for (const [name, schema] of Object.entries(files)) {
  const path = `graph-data/schema/${name}.schema.json`;
  writeFileSync(path, JSON.stringify(z.toJSONSchema(schema), null, 2) + '\n');
  console.log(`wrote ${path}`);
}
