import { ExitCodes, RowforgeError } from '@rowforge/core';
import type { AuditEntry, Store } from '@rowforge/store';
import type { Io } from '../../io.js';
import { shortTime, textTable } from './text-table.js';
import { withStore } from './with-store.js';

/** `rowforge projects list`. */
export function projectsList(flags: { json: boolean }, io: Io): Promise<number> {
  return withStore(async (store) => {
    const projects = await store.projects.list();
    if (flags.json) io.out(JSON.stringify(projects, null, 2));
    else if (projects.length === 0) io.out('no projects yet; create one with `rowforge projects create NAME`');
    else textTable(['NAME', 'CREATED', 'DESCRIPTION'], projects.map((p) => [p.name, shortTime(p.createdAt), p.description])).forEach((l) => io.out(l));
    return ExitCodes.ok;
  });
}

/** `rowforge projects create NAME [--description TEXT]`. */
export function projectsCreate(name: string, flags: { description?: string }, io: Io): Promise<number> {
  return withStore(async (store) => {
    const p = await store.projects.create({ name, ...(flags.description !== undefined ? { description: flags.description } : {}) });
    io.out(`created project ${p.name}`);
    return ExitCodes.ok;
  });
}

function auditLine(e: AuditEntry): string[] {
  const details = Object.entries(e.details).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' ');
  return [shortTime(e.at), e.action, e.datasetId ?? '', details];
}

async function showProject(store: Store, name: string, json: boolean, io: Io): Promise<void> {
  const project = await store.projects.get(name);
  if (!project) throw new RowforgeError('PROJECT_NOT_FOUND', `no project named "${name}"`, { hint: 'list them with `rowforge projects list`' });
  const datasets = await store.datasets.list({ project: name });
  const audit = await store.audit.list(name);
  if (json) {
    io.out(JSON.stringify({ ...project, datasets: datasets.map(({ id, name: n, rowCounts, createdAt }) => ({ id, name: n, rowCounts, createdAt })), audit }, null, 2));
    return;
  }
  io.out(`project ${project.name}${project.description ? ` — ${project.description}` : ''}`);
  io.out(`created ${shortTime(project.createdAt)}; ${datasets.length} dataset(s)`);
  datasets.forEach((d) => io.out(`  ${d.id}  ${d.name}  ${d.rowCounts.reduce((n, t) => n + t.rows, 0).toLocaleString('en-US')} rows`));
  io.out('');
  io.out('audit log (transactions):');
  textTable(['AT', 'ACTION', 'DATASET', 'DETAILS'], audit.map(auditLine)).forEach((l) => io.out(`  ${l}`));
}

/** `rowforge projects show NAME`: details, datasets and the audit log. */
export function projectsShow(name: string, flags: { json: boolean }, io: Io): Promise<number> {
  return withStore(async (store) => {
    await showProject(store, name, flags.json, io);
    return ExitCodes.ok;
  });
}
