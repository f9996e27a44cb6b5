import type { JudgeRule } from './rules/rule-catalog.js';
import type { Finding } from './roster-report.js';

/** Findings kept per rule; the rest are only counted, so a huge broken file keeps memory flat. */
export const FINDINGS_PER_RULE = 100;

/** Collects findings with a per-rule cap and counts what the judge read. */
export class FindingSink {
  readonly findings: Finding[] = [];
  readonly omitted: Record<string, number> = {};
  private readonly perRule = new Map<string, number>();
  filesChecked = 0;
  rowsChecked = 0;

  constructor(private readonly cap: number = FINDINGS_PER_RULE) {}

  /** Records a finding at `file:row`; `value` is the offending cell, if any. */
  add(file: string, row: number, rule: JudgeRule, message: string, value?: string): void {
    const seen = (this.perRule.get(rule) ?? 0) + 1;
    this.perRule.set(rule, seen);
    if (seen > this.cap) {
      this.omitted[rule] = (this.omitted[rule] ?? 0) + 1;
      return;
    }
    this.findings.push(value === undefined ? { file, row, rule, message } : { file, row, rule, message, value });
  }

  /** A sink bound to one file. */
  forFile(file: string): FileFindings {
    return (row, rule, message, value) => { this.add(file, row, rule, message, value); };
  }
}

/** Reports a finding in one file. */
export type FileFindings = (row: number, rule: JudgeRule, message: string, value?: string) => void;
