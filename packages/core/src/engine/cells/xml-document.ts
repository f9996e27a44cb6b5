import type { Rng } from '../rng.js';
import { word } from '../semantic/index.js';

const SOURCES = ['web', 'mobile', 'store', 'partner', 'phone'];

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A small well-formed XML document without a declaration (SQL Server refuses an encoding
 * declaration in NVARCHAR text). `id` names the row, so documents of distinct rows differ.
 *
 * @example
 * ```ts
 * xmlDocument(rng, 7) // '<root id="7"><source>web</source><score>42</score><tags><tag>river</tag><tag>candle</tag></tags></root>'
 * ```
 */
export function xmlDocument(rng: Rng, id: number): string {
  const tags = [word(rng), word(rng)].map((w) => `<tag>${escapeXml(w)}</tag>`).join('');
  return `<root id="${id}"><source>${rng.pick(SOURCES)}</source><score>${rng.int(0, 100)}</score><tags>${tags}</tags></root>`;
}
