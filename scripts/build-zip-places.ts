/**
 * Writes packages/core/src/engine/semantic/location/zip-places-data.ts from the `zipcodes`
 * package (a dev dependency). Run after upgrading `zipcodes`; a test fails while the committed
 * file and the package disagree.
 *
 *   npx tsx scripts/build-zip-places.ts
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderZipPlaces } from './zip-places/render-zip-places.js';

export const ZIP_PLACES_FILE = fileURLToPath(new URL('../packages/core/src/engine/semantic/location/zip-places-data.ts', import.meta.url));

const tmp = `${ZIP_PLACES_FILE}.tmp`;
fs.writeFileSync(tmp, renderZipPlaces());
fs.renameSync(tmp, ZIP_PLACES_FILE);
console.log(`wrote ${ZIP_PLACES_FILE} (${fs.statSync(ZIP_PLACES_FILE).size} bytes)`);
