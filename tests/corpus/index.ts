import path from 'node:path';
import { corpusDir } from '../support/paths.js';

export type CorpusDialect = 'postgres' | 'mysql' | 'sqlite' | 'mssql';

export interface CorpusEntry {
  /** File name under tests/corpus/. */
  readonly file: string;
  /** The dialect the file is written in (also its `--target` in corpus.test.ts). */
  readonly dialect: CorpusDialect;
  /** Every table the file creates, as written. */
  readonly tables: readonly string[];
  /** FOREIGN KEY constraints the file declares (inline, table-level and via ALTER TABLE). */
  readonly fks: number;
  /** Table/column CHECK constraints the file declares (domain CHECKs not counted). */
  readonly checks: number;
  /** The file holds statements Rowforge skips (indexes, views, SET, INSERT, ...) and must warn about. */
  readonly warns: boolean;
}

const e = (file: string, dialect: CorpusDialect, tables: string[], fks: number, checks: number, warns = false): CorpusEntry =>
  ({ file, dialect, tables, fks, checks, warns });

/** The corpus: schemas in their native dialects, each verified to run in its real database (corpus-ddl.test.ts). */
export const CORPUS: readonly CorpusEntry[] = [
  e('pg-composite-keys.sql', 'postgres', ['warehouses', 'bins', 'stock_items'], 2, 4),
  e('pg-self-reference.sql', 'postgres', ['employees', 'categories'], 2, 1),
  e('pg-nullable-cycle.sql', 'postgres', ['departments', 'employees'], 2, 1),
  e('pg-deferrable-cycle.sql', 'postgres', ['people', 'addresses'], 2, 0),
  e('pg-checks.sql', 'postgres', ['products', 'promotions', 'shipments'], 1, 10),
  e('pg-domains-enums.sql', 'postgres', ['agents', 'tickets'], 1, 0),
  e('pg-check-patterns.sql', 'postgres', ['subscribers', 'deliveries'], 1, 1),
  e('pg-like-patterns.sql', 'postgres', ['products', 'orders'], 1, 7),
  e('pg-regex-checks.sql', 'postgres', ['warehouses', 'shipments'], 1, 5),
  e('pg-identity-sequences.sql', 'postgres', ['accounts', 'events', 'tags', 'invoices', 'audit_log'], 3, 2),
  e('pg-types.sql', 'postgres', ['devices', 'readings'], 1, 1),
  e('pg-alter-table.sql', 'postgres', ['authors', 'books'], 1, 2),
  e('pg-skipped-statements.sql', 'postgres', ['countries', 'customers'], 1, 0, true),
  e('pg-ecommerce.sql', 'postgres',
    ['customers', 'addresses', 'categories', 'products', 'orders', 'order_items', 'payments', 'product_reviews', 'inventory'], 11, 15),
  e('pg-hospital.sql', 'postgres', ['departments', 'doctors', 'patients', 'rooms', 'appointments', 'admissions', 'prescriptions'], 10, 9),
  e('pg-blog.sql', 'postgres', ['users', 'user_profiles', 'posts', 'tags', 'post_tags', 'comments'], 7, 2),
  e('pg-reserved-words.sql', 'postgres', ['user', 'Order', 'table'], 2, 2),
  e('mysql-auto-increment.sql', 'mysql', ['stores', 'staff', 'rentals'], 2, 2),
  e('mysql-enums.sql', 'mysql', ['tickets', 'ticket_events'], 1, 2),
  e('mysql-school.sql', 'mysql', ['schools', 'teachers', 'students', 'courses', 'sections', 'enrollments', 'grades'], 7, 4),
  e('mysql-library.sql', 'mysql', ['branches', 'titles', 'copies', 'members', 'loans'], 5, 3),
  e('mysql-hr-cycle.sql', 'mysql', ['departments', 'employees', 'salaries'], 4, 4),
  e('mysql-types.sql', 'mysql', ['api_clients', 'api_calls'], 1, 0),
  e('mysql-like-patterns.sql', 'mysql', ['coupons', 'redemptions'], 1, 3),
  e('mysql-regex-checks.sql', 'mysql', ['stores'], 0, 3),
  e('mysql-dump-style.sql', 'mysql', ['suppliers', 'parts'], 1, 2, true),
  e('sqlite-checks.sql', 'sqlite', ['products', 'price_windows'], 1, 8),
  e('sqlite-autoincrement.sql', 'sqlite', ['folders', 'files', 'file_versions'], 3, 2),
  e('sqlite-blog.sql', 'sqlite', ['authors', 'posts', 'tags', 'post_tags', 'comments', 'featured_tags'], 6, 3),
  e('sqlite-cycle.sql', 'sqlite', ['teams', 'players'], 2, 2, true),
  e('sqlite-inventory.sql', 'sqlite', ['locations', 'items', 'stock_levels'], 2, 2, true),
  e('mssql-identity.sql', 'mssql', ['Customers', 'Orders', 'OrderLines'], 2, 3, true),
  e('mssql-hr.sql', 'mssql', ['Departments', 'Employees', 'TimeOff'], 3, 3),
  e('mssql-school.sql', 'mssql', ['Schools', 'Classes', 'Pupils', 'ClassPupils'], 4, 1, true),
];

export function corpusPath(entry: CorpusEntry): string {
  return path.join(corpusDir, entry.file);
}
