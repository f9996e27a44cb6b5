import { describe, expect, it } from 'vitest';
import { isXmlContent, parseXmlCell } from './parse-xml.js';
import { CellProblem } from './sql-value.js';

describe('xml cells', () => {
  it.each([
    '<root id="7"><source>web</source><tags><tag>a</tag></tags></root>',
    '<?xml version="1.0"?><a/>',
    "<a x='1' y = \"&amp;&#38;&#x26;\">t &lt; u</a>",
    '<a><!-- <b> --><![CDATA[<not markup>]]></a>',
    'plain text content',
    '<a/><b/>',
    '<ns:a xmlns:ns="urn:x"><ns:b/></ns:a>',
  ])('accepts well-formed content %j', (t) => {
    expect(isXmlContent(t)).toBe(true);
  });

  it.each(['<a><b></a></b>', '<a>', '</a>', '<a x=1/>', '<a x="<"/>', 'a & b', '<a>&nbsp;</a>', '<!-- open', '<1a/>', '<a x="1" y/>'])('refuses %j', (t) => {
    expect(isXmlContent(t)).toBe(false);
  });

  it('reports a malformed cell as a type problem', () => {
    expect(parseXmlCell('<a><b></a>')).toEqual(new CellProblem('type', 'not well-formed XML: <a><b></a>'));
    expect(parseXmlCell('<a/>')).toBe('<a/>');
  });
});
