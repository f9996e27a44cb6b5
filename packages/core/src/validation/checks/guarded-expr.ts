import { hasRaw, type Expr } from '../../schema/index.js';
import { checkPasses, type EvalContext } from '../expr/evaluate-expr.js';
import { NotEvaluableError } from '../expr/not-evaluable.js';
import type { WarningLog } from '../report/warning-log.js';

/**
 * A CHECK expression that switches itself off, with one warning, the first time the
 * validator cannot evaluate it (untranslated `raw` SQL, unknown function, ...); a check
 * that is off always passes.
 *
 * @example
 * ```ts
 * const g = new GuardedExpr('"t" CHECK (x > 0)', expr, warnings)
 * g.passes(ctx) // false when x is 0
 * ```
 */
export class GuardedExpr {
  private enabled: boolean;

  constructor(
    private readonly label: string,
    private readonly expr: Expr,
    private readonly warnings: WarningLog,
  ) {
    this.enabled = !hasRaw(expr);
    if (!this.enabled) this.disable('it contains SQL the schema reader could not translate');
  }

  passes(ctx: EvalContext): boolean {
    if (!this.enabled) return true;
    try {
      return checkPasses(this.expr, ctx);
    } catch (e) {
      if (!(e instanceof NotEvaluableError)) throw e;
      this.disable(e.message);
      return true;
    }
  }

  private disable(reason: string): void {
    this.enabled = false;
    this.warnings.add(`${this.label} not evaluated: ${reason}`);
  }
}
