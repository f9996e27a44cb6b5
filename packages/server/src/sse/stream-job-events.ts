import type { Store, JobEvent } from '@rowforge/store';
import type { Context } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import type { AppDeps } from '../app/app-deps.js';
import { isTerminalEvent } from '../jobs/generation-events.js';

/** How long a stream waits for news before looking at the store again (other processes). */
const POLL_MS = 1000;

/** A comment line this often keeps proxies from closing a quiet stream (a long save). */
const KEEP_ALIVE_MS = 15_000;

async function send(stream: SSEStreamingApi, e: JobEvent): Promise<void> {
  await stream.writeSSE({ id: String(e.seq), event: e.name, data: JSON.stringify(e.data) });
}

/**
 * A job that ended without its last event (the server was killed, or it failed at start-up):
 * record the missing `generation:error` / `generation:complete` so every stream ends alike.
 */
async function closingEvent(store: Store, jobId: string): Promise<JobEvent | undefined> {
  const job = await store.jobs.get(jobId);
  if (job?.state === 'failed') return store.jobs.appendEvent(jobId, 'generation:error', { code: 'INTERNAL', message: job.error ?? 'the job failed' });
  if (job?.state === 'completed') return store.jobs.appendEvent(jobId, 'generation:complete', { jobId, datasetId: job.datasetId });
  return undefined;
}

/** True when the job's event log already ends with its closing event. */
async function alreadyClosed(store: Store, jobId: string): Promise<boolean> {
  const all = await store.jobs.events(jobId);
  return all.length > 0 && isTerminalEvent(all[all.length - 1]?.name ?? '');
}

/** The events after `after`; the closing event of a job that ended without one; `end` when nothing more will come. */
async function nextEvents(deps: AppDeps, jobId: string, after: number): Promise<readonly JobEvent[] | 'end'> {
  const events = await deps.store.jobs.events(jobId, after);
  if (events.length > 0 || deps.runner.owns(jobId)) return events;
  if (await alreadyClosed(deps.store, jobId)) return 'end';
  const closing = await closingEvent(deps.store, jobId);
  return closing ? deps.store.jobs.events(jobId, after) : [];
}

/** Writes the events after `after`; resolves to the last seq written, or 'end' once the stream is complete. */
async function sendNext(stream: SSEStreamingApi, deps: AppDeps, jobId: string, after: number): Promise<number | 'end'> {
  const events = await nextEvents(deps, jobId, after);
  if (events === 'end') return 'end';
  let last = after;
  for (const e of events) {
    await send(stream, e);
    last = e.seq;
    if (isTerminalEvent(e.name)) return 'end';
  }
  return last;
}

/**
 * Streams a job's stored events from after `after` (the Last-Event-ID), then new ones as the
 * runner appends them; ends after `generation:complete` or `generation:error`. A comment line
 * goes out when nothing has been sent for a while.
 */
export function streamJobEvents(c: Context, deps: AppDeps, jobId: string, after: number): Response {
  const stop = new AbortController();
  return streamSSE(c, async (stream) => {
    stream.onAbort(() => stop.abort());
    let last = after;
    let sentAt = Date.now();
    while (!stream.aborted) {
      const next = await sendNext(stream, deps, jobId, last);
      if (next === 'end') return;
      if (next !== last) [last, sentAt] = [next, Date.now()];
      await deps.hub.wait(jobId, POLL_MS, stop.signal);
      if (Date.now() - sentAt < KEEP_ALIVE_MS) continue;
      await stream.write(': keep-alive\n\n');
      sentAt = Date.now();
    }
  });
}
