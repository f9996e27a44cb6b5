import type { Column, Table } from '../../schema/index.js';
import { baseType } from '../../schema/index.js';
import type { FormulaByStatus } from '../column-spec.js';
import { reachedStages, STATUS_WORDS } from '../lifecycle-presence.js';
import { checkedLabels } from '../listed-labels.js';
import { nameWords } from './lifecycle-stages.js';
import { PAYMENT_LABELS, PAYMENT_STATUS_WORDS } from './formula-names.js';

type Label = string | number;
type Share = 'whole' | 'zero' | 'part';

const normal = (l: Label): string => String(l).trim().toLowerCase().replace(/[\s-]+/g, '_');
const listed = (list: readonly string[], l: Label): boolean => list.includes(normal(l));

/** How much a row with status `l` has paid: a payment label's share, else all once it reached `paid`, none at another known stage; undefined when unknown. */
function shareOf(l: Label): Share | undefined {
  if (listed(PAYMENT_LABELS.part, l)) return 'part';
  if (listed(PAYMENT_LABELS.whole, l)) return 'whole';
  const stages = typeof l === 'string' ? reachedStages(l) : undefined;
  return stages === undefined ? undefined : stages.includes('paid') ? 'whole' : 'zero';
}

/** The labels a status column holds: its enum type's, or its CHECK IN list's. */
function labelsOf(table: Table, column: Column): readonly Label[] | undefined {
  const t = baseType(column.type);
  return t.kind === 'enum' ? t.values : t.kind === 'string' ? checkedLabels(table, column) : undefined;
}

function byStatusOf(column: Column, labels: readonly Label[]): FormulaByStatus | undefined {
  const pick = (s: Share): Label[] => labels.filter((l) => shareOf(l) === s);
  const [whole, zero, part] = [pick('whole'), pick('zero'), pick('part')];
  if (whole.length === 0 || whole.length === labels.length) return undefined;
  return { column: column.name, whole, ...(zero.length > 0 ? { zero } : {}), ...(part.length > 0 ? { part } : {}) };
}

/**
 * How a payment follows the row's status (`FormulaSpec.byStatus`): in a table with one status
 * column (`…status`/`…state`/`…stage`, a payment status preferred) whose labels are known (an
 * enum type, a CHECK IN list), labels reaching the `paid` lifecycle stage (paid, shipped,
 * completed, refunded) pay all, a partial or overdue one part, other known stages (draft, open,
 * void, cancelled) none; labels not known keep the mix. Undefined when no such column, or when
 * no label (or every label) pays all.
 *
 * @example
 * ```ts
 * paymentByStatus(invoices, amountPaid) // { column: 'status', whole: ['paid'], zero: ['draft', 'open', 'void'] }
 * ```
 */
export function paymentByStatus(table: Table, paid: Column): FormulaByStatus | undefined {
  const found = table.columns.flatMap((column) => {
    const last = nameWords(column.name).at(-1);
    const labels = column !== paid && last !== undefined && STATUS_WORDS.has(last) ? labelsOf(table, column) : undefined;
    const byStatus = labels && byStatusOf(column, labels);
    return byStatus ? [{ column, byStatus }] : [];
  });
  const payment = found.filter((f) => nameWords(f.column.name).some((w) => PAYMENT_STATUS_WORDS.has(w)));
  const [only] = payment.length === 1 ? payment : found.length === 1 ? found : [];
  return only?.byStatus;
}
