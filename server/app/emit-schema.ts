// `npm run schema`: writes schema/schema.graphql from the code. CI fails when the committed file differs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printAccordSchema } from './schema.js';

const target = join(import.meta.dirname, '..', '..', 'schema', 'schema.graphql');
writeFileSync(target, await printAccordSchema());
console.log(`wrote ${target}`);
