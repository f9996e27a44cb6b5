import { listOf } from '../internal/frozen.js';
import { capitalizeTemplate, compileTemplate, type Template } from './template.js';
import { TEXT_SLOTS } from './text-slots.js';

/** Templates and shapes of one text kind (or of one voice of a kind, such as a negative review). */
export interface TextKindSpec {
  readonly templates: readonly Template[];
  /** `templates[i]` with its first letter capitalised ahead of time (see `capitalizeTemplate`). */
  readonly capitalized: readonly (Template | undefined)[];
  /** One- or two-word forms for columns shorter than 20 characters. */
  readonly short: readonly string[];
  /** How many sentences a typical value has: [min, max]. */
  readonly sentences: readonly [number, number];
  /** When > 0, the first `lead` templates open the text and only they (e.g. a bio's "A nurse based in …"). */
  readonly lead: number;
}

function compiled(sources: readonly string[]): Pick<TextKindSpec, 'templates' | 'capitalized'> {
  const templates = Object.freeze(sources.map((t) => compileTemplate(t, TEXT_SLOTS)));
  return { templates, capitalized: Object.freeze(templates.map(capitalizeTemplate)) };
}

/**
 * A compiled text kind: `short` is a `|`-separated list of short forms, `templates` use
 * `{slot}`s of `TEXT_SLOTS` and `[a|b]` alternatives (see `compileTemplate`).
 */
export const textKindSpec = (name: string, sentences: readonly [number, number], short: string, templates: readonly string[], lead = 0): TextKindSpec =>
  Object.freeze({
    ...compiled(templates),
    short: listOf(`${name} short forms`, short),
    sentences,
    lead,
  });
