// Writes schemas/plan-document.schema.json from the zod schema. `npm run schema`; a test fails
// when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { planDocumentJsonSchemaText } from '../src/records/json-schema.js';

const out = fileURLToPath(new URL('../schemas/plan-document.schema.json', import.meta.url));
writeFileSync(out, planDocumentJsonSchemaText());
console.log(`wrote ${out}`);
