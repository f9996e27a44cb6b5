import { loadCore, measureLibrary } from '../rowforge-library.js';
import { PERSON_DDL, personPlan } from '../person-table.js';
const core = await loadCore();
const rows = Number(process.argv[2] ?? 1000000);
for (let i = 0; i < Number(process.argv[3] ?? 1); i++) {
const r = await measureLibrary(core, { label: 'p', ddl: PERSON_DDL, rowsPerTable: rows, outDir: '/tmp/pp'+i, workers: 1, editPlan: personPlan });
console.log(JSON.stringify(r));
}
