export { loadPostgres, type PostgresLoadOptions, type LoadSummary } from './postgres/load-postgres.js';
