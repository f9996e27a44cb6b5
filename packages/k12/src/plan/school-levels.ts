/** School levels by NCES grade span (k12.md §4.2): elementary, middle, high and the combined spans. */
export type SchoolLevel = 'elementary' | 'k8' | 'middle' | 'secondary' | 'high';

export interface LevelInfo {
  readonly low: number;
  readonly high: number;
  readonly label: string;
  /** Where in the user's MIN-MAX size range this level sits (elementary small, high large). */
  readonly sizeFrom: number;
}

export const LEVELS: Readonly<Record<SchoolLevel, LevelInfo>> = {
  elementary: { low: 0, high: 5, label: 'Elementary School', sizeFrom: 0 },
  k8: { low: 0, high: 8, label: 'K-8 Academy', sizeFrom: 0.2 },
  middle: { low: 6, high: 8, label: 'Middle School', sizeFrom: 0.2 },
  secondary: { low: 6, high: 12, label: 'Junior-Senior High School', sizeFrom: 0.3 },
  high: { low: 9, high: 12, label: 'High School', sizeFrom: 0.4 },
};

/** The grades a level serves, low to high. */
export function gradesOf(level: SchoolLevel): number[] {
  const { low, high } = LEVELS[level];
  return Array.from({ length: high - low + 1 }, (_, i) => low + i);
}
