import { describe, expect, it } from 'vitest';
import { EmailRegistry, type EmailOwner } from './email-registry.js';

const owner = (kind: string, row: number): EmailOwner => ({ file: `${kind}s.csv`, row, kind, name: 'carol kim' });
const teacherStaff = (a: EmailOwner, b: EmailOwner): boolean => new Set([a.kind, b.kind]).size === 2 && [a.kind, b.kind].every((k) => k !== 'student');

describe('EmailRegistry', () => {
  it('allows one dual-role pair, case-insensitively, and nothing more', () => {
    const emails = new EmailRegistry(teacherStaff);
    expect(emails.claim('Carol.Kim@d.example.org', owner('teacher', 1)).status).toBe('new');
    expect(emails.claim('carol.kim@d.example.org', owner('staff', 4)).status).toBe('dual-role');
    const third = emails.claim('carol.kim@D.example.org', owner('staff', 5));
    expect(third).toEqual({ status: 'duplicate', first: owner('teacher', 1) });
  });

  it('does not pair two owners of the same kind', () => {
    const emails = new EmailRegistry(teacherStaff);
    emails.claim('x@y.z', owner('student', 1));
    expect(emails.claim('x@y.z', owner('teacher', 2)).status).toBe('duplicate');
  });
});
