/**
 * Name rules for keys of another table named by a column with no foreign key: `manager_id`,
 * `authorId`, `reports_to`, `created_by`. Names compare lowercase with `_` left out.
 */

/** The word that stands for the column's own table (`categories.parent_id`: a parent category). */
export const OWN_TABLE = '\u0000own';

/** Roles naming a person who is in the column's own table when it holds people (`teachers.reports_to`). */
const PEOPLE_ROLES = new Set(['manager', 'supervisor', 'mentor', 'reportsto', 'head', 'lead']);
const PEOPLE_TABLE = /employee|staff|user|person|people|teacher|member|agent|worker|instructor|nurse|doctor|physician|salesperson|consultant|coach|volunteer|contractor|personnel|student|child|pupil|patient|customer|client/;

/**
 * Whether the column's own table is tried first: a person's role in a table of people (a manager
 * of employees in `staff`, `teachers`, …), and a parent outside one (`categories.parent_id` is a
 * category even beside a `parents` table; `students.parent_id` is a parent).
 */
export function ownTableFirst(named: NamedReference, table: string): boolean {
  const people = PEOPLE_TABLE.test(compactName(table));
  const role = named.words[0] ?? '';
  return role === 'parent' ? !people : PEOPLE_ROLES.has(role) && people;
}

/** Roles naming a row of another table: a manager is an employee (or staff, a user, a person). */
const ROLE_TABLES: Readonly<Record<string, readonly string[]>> = {
  manager: ['employee', 'staff', 'user', 'person'],
  supervisor: ['employee', 'staff', 'user', 'person'],
  mentor: ['employee', 'staff', 'user', 'person'],
  reportsto: ['employee', 'staff', 'user', 'person'],
  head: ['employee', 'staff', 'user', 'person'],
  owner: ['employee', 'staff', 'user', 'person'],
  lead: ['employee', 'staff', 'user', 'person'],
  author: ['user'],
  createdby: ['user', 'employee'],
  updatedby: ['user', 'employee'],
  modifiedby: ['user', 'employee'],
  assignedto: ['user', 'employee'],
  parent: [OWN_TABLE],
};

/** Roles that name a row without an `_id` suffix (`reports_to INT`). */
const BARE_ROLES = new Set(['reportsto', 'createdby', 'updatedby', 'modifiedby', 'assignedto']);

/** Ids of things outside the schema, whatever tables it has. */
const NOT_REFERENCES = new Set(['external', 'legacy', 'remote', 'foreign', 'natural', 'tracking', 'correlation', 'trace', 'request']);

const IRREGULAR: Readonly<Record<string, string>> = { person: 'people', child: 'children', man: 'men', woman: 'women', staff: 'staff' };

/** `name` lowercase without `_`, `-` or spaces; a schema-qualified name keeps its last part. */
export const compactName = (name: string): string => (name.split('.').pop() ?? name).toLowerCase().replace(/[_\s-]/g, '');

/** What a column's name refers to: the word before `_id` (or `_uuid`, which refers only to uuid keys). */
export interface NamedReference {
  /** Table words to try in order: the word itself, then the tables its role names (which may be the column's own table). */
  readonly words: readonly string[];
  readonly uuidOnly: boolean;
}

function stemOf(compact: string): { stem: string; uuidOnly: boolean } | undefined {
  if (compact.endsWith('uuid')) return { stem: compact.slice(0, -4), uuidOnly: true };
  if (compact.endsWith('id')) return { stem: compact.slice(0, -2), uuidOnly: false };
  return BARE_ROLES.has(compact) ? { stem: compact, uuidOnly: false } : undefined;
}

/**
 * The tables a column's name points at, or undefined: `manager_id` → manager, then employee,
 * staff, user, person; `category_id` → category; `id`, `external_id` → undefined.
 *
 * @example
 * ```ts
 * namedReference('ManagerID') // { words: ['manager', 'employee', 'staff', 'user', 'person'], uuidOnly: false }
 * ```
 */
export function namedReference(column: string): NamedReference | undefined {
  const found = stemOf(compactName(column));
  if (!found || found.stem.length < 2 || NOT_REFERENCES.has(found.stem)) return undefined;
  return { words: [found.stem, ...(ROLE_TABLES[found.stem] ?? [])], uuidOnly: found.uuidOnly };
}

/** Whether a table's name is `word`, singular or plural (`category` → `Categories`, `person` → `people`). */
export function namesTable(word: string, table: string): boolean {
  const t = compactName(table);
  const plurals = [word, `${word}s`, `${word}es`, IRREGULAR[word], word.endsWith('y') ? `${word.slice(0, -1)}ies` : undefined];
  return plurals.includes(t);
}
