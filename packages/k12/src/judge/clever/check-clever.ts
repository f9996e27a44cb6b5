import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FindingSink } from '../finding-sink.js';
import { checkCleverEnrollments } from './check-clever-enrollments.js';
import { checkCleverStaff, checkCleverTeachers } from './check-clever-people.js';
import { checkCleverSchools } from './check-clever-schools.js';
import { checkCleverSections } from './check-clever-sections.js';
import { checkCleverStudents } from './check-clever-students.js';
import { CLEVER_FILES } from './clever-specs.js';
import { createCleverDistrict } from './clever-district.js';

/** The `*_Data` district folders of a Clever export, sorted. */
export function cleverDistrictFolders(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('_Data') && statSync(join(dir, name)).isDirectory()).sort();
}

/** Judges every district folder on its own: IDs, references and emails are per district. */
export async function checkClever(dir: string, sink: FindingSink): Promise<void> {
  for (const folder of cleverDistrictFolders(dir)) await checkCleverDistrict(join(dir, folder), folder, sink);
}

async function checkCleverDistrict(dir: string, folder: string, sink: FindingSink): Promise<void> {
  const d = createCleverDistrict(dir, folder, sink);
  await checkCleverSchools(d);
  await checkCleverTeachers(d);
  await checkCleverStaff(d);
  await checkCleverStudents(d);
  await checkCleverSections(d);
  await checkCleverEnrollments(d);
  reportStrayFiles(dir, folder, sink);
}

function reportStrayFiles(dir: string, folder: string, sink: FindingSink): void {
  const known = new Set<string>(CLEVER_FILES.map((spec) => spec.file));
  for (const name of readdirSync(dir).sort()) {
    if (name.toLowerCase().endsWith('.csv') && !known.has(name)) {
      sink.add(`${folder}/${name}`, 0, 'unexpected-file', `${name} is not one of the Clever files (${[...known].join(', ')})`, name);
    }
  }
}
