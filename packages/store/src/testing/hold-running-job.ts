/**
 * Test fixture, run as a child process: opens the PGlite store in `argv[2]`, starts a job and
 * prints its id, then keeps running until killed — a server dying mid-job.
 */
import { openStore } from '../open-store.js';

const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error('usage: hold-running-job.ts DATA_DIR');
const store = await openStore({ dataDir, databaseUrl: '' });
await store.projects.ensure('default');
const job = await store.jobs.create({ project: 'default' });
await store.jobs.update(job.id, { state: 'running', progress: 0.4 });
process.stdout.write(`${JSON.stringify({ jobId: job.id })}\n`);
setInterval(() => undefined, 60_000);
