/** The OpenAPI document's header. */
export const OPENAPI_INFO = {
  openapi: '3.0.3',
  info: {
    title: 'Rowforge API',
    version: '0.1.0',
    description: 'Synthetic relational data real enough to test against: queue generations, follow them live (Server-Sent Events), browse, export and delete datasets, keep projects and their audit log. Errors are `{ "error": { "code", "message", "details" } }`.',
    license: { name: 'Apache-2.0' },
  },
  tags: [
    { name: 'generation', description: 'queue a generation and follow its job' },
    { name: 'datasets', description: 'stored datasets: rows, pages, ZIP export' },
    { name: 'schemas', description: 'upload and parse DDL' },
    { name: 'projects', description: 'projects and their audit log' },
    { name: 'system', description: 'health and configuration' },
    { name: 'ai', description: 'AI features (not available yet)' },
  ],
};
