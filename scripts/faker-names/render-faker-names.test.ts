import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakerNameLists, renderFakerNames } from './render-faker-names.js';

const DATA_FILE = new URL('../../packages/core/src/engine/semantic/internal/faker-en-data.ts', import.meta.url);

describe('faker-en-data.ts', () => {
  it('is what scripts/build-faker-names.ts renders from the installed faker', () => {
    expect(fs.readFileSync(DATA_FILE, 'utf8')).toBe(renderFakerNames());
  });

  it('holds four non-empty name lists', () => {
    const lists = Object.values(fakerNameLists());
    expect(lists).toHaveLength(4);
    for (const items of lists) expect(items.length).toBeGreaterThan(100);
  });
});
