/** The issue 4 targets the bench prints: each a measured ratio against its bound. */
export interface Target {
  readonly id: string;
  readonly what: string;
  readonly ratio: number | null;
  readonly bound: number;
  /** 'min': ratio must be ≥ bound; 'max': ratio must be ≤ bound. */
  readonly kind: 'min' | 'max';
}

export interface TargetOutcome extends Target {
  readonly met: boolean | null;
  /** How far off, as a fraction of the bound (negative = missed). */
  readonly margin: number | null;
}

export function judge(t: Target): TargetOutcome {
  if (t.ratio === null || !Number.isFinite(t.ratio)) return { ...t, met: null, margin: null };
  const met = t.kind === 'min' ? t.ratio >= t.bound : t.ratio <= t.bound;
  const margin = t.kind === 'min' ? t.ratio / t.bound - 1 : t.bound / t.ratio - 1;
  return { ...t, met, margin };
}

export function renderTargets(outcomes: readonly TargetOutcome[]): string[] {
  return outcomes.map((o) => {
    const sign = o.kind === 'min' ? '≥' : '≤';
    const value = o.ratio === null ? 'not measured' : o.ratio >= 100 ? o.ratio.toFixed(0) : o.ratio.toFixed(3);
    const verdict = o.met === null ? 'skipped' : o.met ? 'MET' : `MISSED by ${Math.abs((o.margin ?? 0) * 100).toFixed(0)}%`;
    return `(${o.id}) ${o.what}: ${value} (target ${sign} ${o.bound}) ${verdict}`;
  });
}
