/**
 * Text types a database checks the form of: PostgreSQL's network address types (`inet`, `cidr`,
 * `macaddr`) and XML (PostgreSQL, SQL Server). They are strings everywhere else, so a schema read
 * from PostgreSQL can still be written for MySQL (as `varchar(43)`, `varchar(17)`, `text`).
 */
export const STRING_FORMATS = ['inet', 'cidr', 'macaddr', 'xml'] as const;

export type StringFormat = (typeof STRING_FORMATS)[number];

/** Longest text form of an address: IPv6 with a prefix (`…:ffff/128`) and a colon-separated MAC. */
export const INET_LENGTH = 43;
export const MACADDR_LENGTH = 17;
