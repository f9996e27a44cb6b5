import { describe, expect, it } from 'vitest';
import { tableFileNames } from './file-names.js';

describe('tableFileNames', () => {
  it('keeps every name inside the directory and unique', () => {
    const names = tableFileNames(['../../x', '..', 'a/b', 'A_B', 'manifest'], '.csv', ['manifest.csv']);
    expect([...names.values()]).toEqual(['__.._x.csv', '_.csv', 'a_b.csv', 'A_B_2.csv', 'manifest_2.csv']);
    for (const n of names.values()) expect(n).not.toMatch(/[/\\]|^\./);
  });
});
