/** The roster formats the judge recognises. */
export type RosterFormat = 'clever' | 'oneroster-1.1' | 'oneroster-1.2';

/** One broken rule at one place in a roster. */
export interface Finding {
  /** Path relative to the judged directory, with `/` separators. */
  readonly file: string;
  /** 1-based data row; 0 for the header or the file as a whole. */
  readonly row: number;
  /** Stable kebab-case rule id (see docs/k12-check.md). */
  readonly rule: string;
  /** The offending value, when there is one. */
  readonly value?: string;
  readonly message: string;
}

/** What `checkRoster` found. `findings` keeps at most a fixed number per rule; `omitted` counts the rest. */
export interface RosterReport {
  readonly format: RosterFormat;
  readonly filesChecked: number;
  readonly rowsChecked: number;
  readonly findings: Finding[];
  /** Findings left out of `findings` per rule because the rule hit its cap. */
  readonly omitted: Readonly<Record<string, number>>;
}
