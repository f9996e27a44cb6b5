import { RowforgeError } from '@rowforge/core';

/** Parses `--students-per-school`: `400` or a range `300-600`. */
export function parseStudentsPerSchool(text: string): number | readonly [number, number] {
  const single = /^\d+$/.exec(text);
  if (single) return Number(text);
  const range = /^(\d+)-(\d+)$/.exec(text);
  if (range) return [Number(range[1]), Number(range[2])];
  throw new RowforgeError('K12_OPTIONS_INVALID', `--students-per-school expects N or MIN-MAX, got "${text}"`, { hint: 'e.g. 400 or 300-600' });
}
