/** The live-progress events of one generation, by seed 001's names, in the order they come. */
export const GENERATION_EVENTS = [
  'generation:start',
  'schema:parsed',
  'table:start',
  'table:progress',
  'table:complete',
  'generation:validation',
  'dataset:saved',
  'generation:complete',
  'generation:error',
] as const;

export type GenerationEventName = (typeof GENERATION_EVENTS)[number];

/** The events after which a job's stream ends. */
export function isTerminalEvent(name: string): boolean {
  return name === 'generation:complete' || name === 'generation:error';
}
