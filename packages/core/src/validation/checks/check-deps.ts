import type { Dialect } from '../../schema/index.js';
import type { ViolationCollector } from '../report/violation-collector.js';
import type { WarningLog } from '../report/warning-log.js';

/** What every check of one table shares. */
export interface CheckDeps {
  readonly collector: ViolationCollector;
  readonly warnings: WarningLog;
  readonly maxExamples: number;
  readonly target?: Dialect;
  /** Clock for CURRENT_DATE / NOW() in CHECKs, epoch milliseconds. */
  readonly now: number;
}
