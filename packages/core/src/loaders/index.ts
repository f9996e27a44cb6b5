export { loadPostgres, type PostgresLoadOptions, type LoadSummary } from './postgres/load-postgres.js';
export { loadMysql, type MysqlLoadOptions } from './mysql/load-mysql.js';
export { loadSqlite, type SqliteLoadOptions } from './sqlite/load-sqlite.js';
