import { describe, expect, it } from 'vitest';
import { drawRows } from '../internal/test-rng.js';
import { paragraph, sentence, textFitting, word, words } from './text-fitting.js';
import type { TextKind } from './text-kinds.js';
import { drawFitting, truncateAtWord } from './truncate.js';
import { capitalizeTemplate, compileTemplate, fillRaw, fillTemplate } from './template.js';
import { Rng } from '../../rng.js';

const KINDS: readonly TextKind[] = ['description', 'comment', 'review', 'biography', 'notes', 'instructions', 'goals', 'sentence'];

describe('textFitting', () => {
  it('never exceeds maxLength for every kind and lengths 1..300', () => {
    for (const kind of KINDS) {
      for (let max = 1; max <= 300; max++) {
        for (const t of drawRows(8, (r) => textFitting(r, max, kind), `${kind}${max}`)) {
          expect(t.length, `${kind} ${max}: ${t}`).toBeLessThanOrEqual(max);
          expect(t.length, `${kind} ${max}`).toBeGreaterThan(0);
          expect(t).not.toMatch(/[{}[\]|]|\s{2}|^\s|\s$/);
        }
      }
    }
  });

  it('gives a word or two below 20 characters and whole sentences when room allows', () => {
    for (const t of drawRows(500, (r) => textFitting(r, 19, 'review'))) expect(t.split(' ').length).toBeLessThanOrEqual(3);
    for (const kind of KINDS) {
      for (const t of drawRows(300, (r) => textFitting(r, 400, kind))) expect(t, kind).toMatch(/^[A-Z0-9].*[.!?]$/);
    }
  });

  it('sounds like its kind', () => {
    const instructions = drawRows(2000, (r) => textFitting(r, 200, 'instructions'));
    expect(instructions.some((t) => /^No [a-z]+, please\./.test(t))).toBe(true);
    const reviews = drawRows(2000, (r) => textFitting(r, 200, 'review')).join(' ');
    expect(reviews).toMatch(/recommend|value|stars/i);
    const bios = drawRows(500, (r) => textFitting(r, 300, 'biography'));
    expect(bios.filter((b) => b.startsWith('A ') || /^(Has|Brings) /.test(b)).length).toBe(500);
  });

  it('is deterministic and varied', () => {
    const a = drawRows(500, (r) => textFitting(r, 255, 'review'));
    expect(drawRows(500, (r) => textFitting(r, 255, 'review'))).toEqual(a);
    expect(new Set(a).size).toBeGreaterThan(400);
  });

  it('returns an empty string for a zero or missing length', () => {
    expect(drawRows(1, (r) => textFitting(r, 0))[0]).toBe('');
    expect(drawRows(1, (r) => textFitting(r, Number.NaN))[0]).toBe('');
  });
});

describe('sentence, paragraph, words', () => {
  it('respects maxLength', () => {
    for (let max = 1; max <= 300; max += 7) {
      for (const s of drawRows(10, (r) => sentence(r, max))) expect(s.length).toBeLessThanOrEqual(max);
      for (const p of drawRows(10, (r) => paragraph(r, max))) expect(p.length).toBeLessThanOrEqual(max);
    }
  });

  it('paragraph holds several sentences when unbounded', () => {
    for (const p of drawRows(200, (r) => paragraph(r))) expect(p.split(/[.!?] /).length).toBeGreaterThanOrEqual(3);
  });

  it('words gives n lower-case words', () => {
    for (const w of drawRows(200, (r) => words(r, 5))) expect(w).toMatch(/^[a-z]+( [a-z]+){4}$/);
    expect(drawRows(1, (r) => words(r, 0))[0]).toBe('');
    expect(drawRows(100, (r) => word(r)).every((w) => /^[a-z]+$/.test(w))).toBe(true);
  });
});

describe('truncateAtWord', () => {
  it('cuts at a word boundary without dangling words or punctuation', () => {
    expect(truncateAtWord('Leave it at the front door.', 15)).toBe('Leave it.');
    expect(truncateAtWord('A nurse based in Tampa with more than 8 years', 38)).toBe('A nurse based in Tampa.');
    expect(truncateAtWord('Dressing, sauce and more', 9)).toBe('Dressing.');
    expect(truncateAtWord('Supercalifragilistic', 5)).toBe('Super');
    expect(truncateAtWord('short', 10)).toBe('short');
    expect(truncateAtWord('anything', 0)).toBe('');
  });

  it('drawFitting prefers a value that fits', () => {
    const values = drawRows(200, (r) => drawFitting(r, (g) => (g.chance(0.5) ? 'Customer Service Representative' : 'Clerk'), 10));
    expect(values.every((v) => v === 'Clerk' || v.length <= 10)).toBe(true);
  });
});

describe('capitalizeTemplate', () => {
  it('fills to the same text as fillTemplate with the same draws, or declines when an empty choice comes first', () => {
    const slots = { x: ['apple', 'éclair', 'ß'] };
    for (const source of ['{x} pie', '[the|a] {x}', '[{x} tart|pie {x}] now', 'plain']) {
      const t = compileTemplate(source, slots);
      const cap = capitalizeTemplate(t);
      expect(cap).toBeDefined();
      for (let row = 0; row < 50; row++) expect(fillRaw(new Rng(9, row), cap ?? t)).toBe(fillTemplate(new Rng(9, row), t));
    }
    expect(capitalizeTemplate(compileTemplate('[|really ]good', slots))).toBeUndefined();
  });
});
