/**
 * Writes packages/core/src/engine/semantic/internal/faker-en-data.ts from faker's English
 * locale. Run after upgrading @faker-js/faker; a test fails while the committed file and the
 * installed package disagree.
 *
 *   npx tsx scripts/build-faker-names.ts
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderFakerNames } from './faker-names/render-faker-names.js';

const file = fileURLToPath(new URL('../packages/core/src/engine/semantic/internal/faker-en-data.ts', import.meta.url));
const tmp = `${file}.tmp`;
fs.writeFileSync(tmp, renderFakerNames());
fs.renameSync(tmp, file);
console.log(`wrote ${file} (${fs.statSync(file).size} bytes)`);
