import { describe, expect, it } from 'vitest';
import { defaultConstraintSessions, defaultPostgresSessions } from './default-sessions.js';

describe('defaultPostgresSessions', () => {
  it('is one session up to 2 cores, then half the cores, at most 4', () => {
    expect([1, 2, 3, 4, 6, 8, 16, 64].map((c) => defaultPostgresSessions(c))).toEqual([1, 1, 1, 2, 3, 4, 4, 4]);
  });
});

describe('defaultConstraintSessions', () => {
  it('is one session a core, at most 4', () => {
    expect([1, 2, 3, 4, 8, 64].map((c) => defaultConstraintSessions(c))).toEqual([1, 2, 3, 4, 4, 4]);
  });
});
