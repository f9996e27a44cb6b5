/** One Server-Sent Event as a client sees it. */
export interface SseEvent {
  readonly id: string | undefined;
  readonly event: string;
  readonly data: Record<string, unknown>;
}

/** Parses a complete `text/event-stream` body (events separated by blank lines). */
export function parseSse(text: string): SseEvent[] {
  return text.split(/\r?\n\r?\n/).filter((block) => block.trim() !== '').map((block) => {
    const fields = new Map<string, string>();
    for (const line of block.split(/\r?\n/)) {
      const at = line.indexOf(':');
      if (at > 0) fields.set(line.slice(0, at), line.slice(at + 1).trimStart());
    }
    return { id: fields.get('id'), event: fields.get('event') ?? 'message', data: JSON.parse(fields.get('data') ?? '{}') as Record<string, unknown> };
  });
}
