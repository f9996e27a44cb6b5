export { loadPostgres, type PostgresLoadOptions } from './postgres/load-postgres.js';
export { defaultPostgresSessions } from './postgres/default-sessions.js';
export { loadIntoSession, type LoadSummary, type SessionLoadOptions } from './postgres/load-into-session.js';
export { pgClientSession } from './postgres/pg-client-session.js';
export type { PgSession, SessionRow } from './postgres/pg-session.js';
export { loadMysql, type MysqlLoadOptions } from './mysql/load-mysql.js';
export { loadSqlite, type SqliteLoadOptions } from './sqlite/load-sqlite.js';
