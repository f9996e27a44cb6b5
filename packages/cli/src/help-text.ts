export const MAIN_HELP = `
Examples:
  $ rowforge generate schema.sql --out out               CSV for PostgreSQL, 1000 rows per table
  $ rowforge generate schema.sql --format sql --target mysql --rows 500 --out out-sql
  $ rowforge plan schema.sql > plan.json                 print the plan, edit it, then:
  $ rowforge generate schema.sql --plan plan.json --out out
  $ rowforge validate out --schema schema.sql            re-check the files, exit 1 on violations
  $ rowforge inspect schema.sql                          tables, keys, load order, cycles

Run 'rowforge <command> --help' for a command's options.`;

export const GENERATE_EXAMPLES = `
Examples:
  $ rowforge generate shop.sql --rows 10000 --rows-for Orders=50000 --seed 42 --out out
  $ rowforge generate shop.sql --format sql --target sqlite --out out && sqlite3 shop.db < out/data.sql
  $ rowforge generate shop.sql --format sql --sql-data-only --out out   rows only, for tables made from shop.sql
  $ rowforge generate shop.sql --format zip --out out      a ZIP of the CSVs and schema.sql
  $ rowforge generate shop.sql --into postgres://postgres@127.0.0.1/shop   COPY straight into PostgreSQL
  $ rowforge generate shop.sql --shard 0/4 --out /data/shop   one of four shards; then rowforge merge /data/shop

Output: <table>.csv|json|ndjson|parquet or .sql files, schema.sql (CSV/ZIP), manifest.json (tables in load
order, row counts, seed, plan hash), plan.json and validation.json. Files are written to a temporary
directory that is renamed onto --out at the end, so a failed run leaves nothing behind.`;

export const EXIT_CODES_HELP = `

Exit codes:
  0  success            1  validation found violations   2  usage error (bad flag or value)
  3  input error (schema, DDL or plan)   4  generation error (e.g. a CHECK no redraw satisfies)
  5  output error (exists, unwritable)   70 internal error (a bug: please report it)`;
