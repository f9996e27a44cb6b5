import { CellProblem } from './sql-value.js';

const NAME = '[\\p{L}_:][\\p{L}\\p{N}_.:-]*';
const ATTRIBUTE = `\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*')`;
const OPEN_TAG = new RegExp(`<(${NAME})(?:${ATTRIBUTE})*\\s*(/?)>`, 'uy');
const CLOSE_TAG = new RegExp(`</(${NAME})\\s*>`, 'uy');
const REFERENCE = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/y;
const ATTRIBUTE_REFERENCES = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/;
/** Comments, CDATA sections and processing instructions (the XML declaration too): skipped whole. */
const OPAQUE: readonly (readonly [string, string])[] = [['<!--', '-->'], ['<![CDATA[', ']]>'], ['<?', '?>']];

/** Where a sticky regular expression matches at `at`, or null. */
function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** The position after the markup at `at` (a tag, comment, CDATA, reference), or -1 when it is malformed. */
function step(text: string, at: number, open: string[]): number {
  const opaque = OPAQUE.find(([start]) => text.startsWith(start, at));
  if (opaque) {
    const end = text.indexOf(opaque[1], at + opaque[0].length);
    return end < 0 ? -1 : end + opaque[1].length;
  }
  if (text[at] === '&') return reference(text, at);
  return text.startsWith('</', at) ? closeTag(text, at, open) : openTag(text, at, open);
}

function reference(text: string, at: number): number {
  const m = matchAt(REFERENCE, text, at);
  return m ? at + m[0].length : -1;
}

function openTag(text: string, at: number, open: string[]): number {
  const m = matchAt(OPEN_TAG, text, at);
  if (!m || ATTRIBUTE_REFERENCES.test(m[0])) return -1;
  if (m[2] !== '/') open.push(m[1] ?? '');
  return at + m[0].length;
}

function closeTag(text: string, at: number, open: string[]): number {
  const m = matchAt(CLOSE_TAG, text, at);
  return m && open.pop() === m[1] ? at + m[0].length : -1;
}

/** True when `text` is well-formed XML content: balanced, properly nested elements, known references. */
export function isXmlContent(text: string): boolean {
  const open: string[] = [];
  let at = 0;
  while (at < text.length) {
    const next = text.slice(at).search(/[<&]/);
    if (next < 0) break;
    at = step(text, at + next, open);
    if (at < 0) return false;
  }
  return open.length === 0;
}

/**
 * Checks an `xml` cell: well-formed XML content, as PostgreSQL (XMLOPTION CONTENT) and SQL Server accept it.
 *
 * @example
 * ```ts
 * parseXmlCell('<a x="1"><b/></a>') // '<a x="1"><b/></a>'
 * parseXmlCell('<a><b></a>')       // CellProblem('type', ...)
 * ```
 */
export function parseXmlCell(text: string): string | CellProblem {
  return isXmlContent(text) ? text : new CellProblem('type', `not well-formed XML: ${text.length > 40 ? `${text.slice(0, 40)}…` : text}`);
}
