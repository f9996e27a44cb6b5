import type { ColumnSpec } from '../column-spec.js';
import type { ColumnContext } from './column-context.js';

/**
 * Business documents and the prefix their numbers carry, compounds before the words they end
 * with (`purchase_order` before `order`). Each entry: the document's name words as a regex
 * (underscores optional), its prefix.
 */
const DOCUMENTS: readonly (readonly [string, string])[] = [
  ['purchase_?order|po', 'PO'], ['work_?order', 'WO'], ['credit_?note', 'CN'], ['credit_?memo', 'CM'], ['debit_?note', 'DN'],
  ['invoice', 'INV'], ['order', 'ORD'], ['receipt', 'RCT'], ['quote|quotation', 'QT'], ['estimate', 'EST'],
  ['ticket', 'TKT'], ['case', 'CASE'], ['claim', 'CLM'], ['booking', 'BK'], ['reservation', 'RES'],
  ['confirmation', 'CNF'], ['transaction|txn', 'TXN'], ['shipment', 'SHP'], ['bill', 'BILL'], ['statement', 'STMT'],
  ['contract', 'CTR'], ['policy', 'POL'], ['payment', 'PAY'], ['requisition', 'REQ'], ['rma', 'RMA'],
];

/** People's numbers (`employee_number` → `EMP-004513`): by the column's name only (a `team_members.number` is a jersey's). */
const PEOPLE: readonly (readonly [string, string])[] = [
  ['employee|staff', 'EMP'], ['customer|client', 'CUST'], ['member|membership', 'MEM'], ['student', 'STU'], ['patient', 'PAT'],
];

/** Last words that make a name a document's number: `number`, `no`, `num`, `nr`, `nbr`. */
const NUMBER_WORD = '(number|no|num|nr|nbr)';

/** `invoice_number`, `invoiceNo`, `customer_po_number` (the document, then a number word, last). */
const NAMED = [...DOCUMENTS, ...PEOPLE].map(([doc, prefix]) => [new RegExp(`(^|_)(${doc})_?${NUMBER_WORD}$`), prefix] as const);
/** A table named after the document (`invoices`, `purchase_orders`: its last words). */
const TABLE = DOCUMENTS.map(([doc, prefix]) => [new RegExp(`(^|_)(${doc})$`), prefix] as const);
const BARE = new RegExp(`^${NUMBER_WORD}$`);
/** Tables of cases and policies that are no documents (`test_cases`, `password_policies`): their bare `number` is no document's. */
const NOT_A_DOCUMENT = /(^|_)(test|use|password|security|retention|privacy|access|iam|cors|cookie|cache|storage|backup|lifecycle|sharing|content|network|firewall|scaling)_(cases?|polic(y|ies))$/;
/** An order that is a position, not a document (`sort_order_no`, `display_order_number`). */
const POSITION = /(^|_)(sort|display|sequence|seq|position|rank|sort_?by)_?order_?/;


const documentSpec = (prefix: string): ColumnSpec => ({ generator: 'identifier', kind: 'documentNumber', prefix });
const prefixIn = (rules: readonly (readonly [RegExp, string])[], key: string): string | undefined => rules.find(([re]) => re.test(key))?.[1];

/** The prefix a column name (`invoice_number`), or a bare `number` in a document's table (`invoices.number`), gives. */
function documentPrefix(ctx: ColumnContext): string | undefined {
  const key = ctx.words.join('_');
  if (POSITION.test(key)) return undefined;
  const named = prefixIn(NAMED, key);
  if (named !== undefined || !BARE.test(key)) return named;
  const tableKey = ctx.tableWords.join('_');
  return NOT_A_DOCUMENT.test(tableKey) ? undefined : prefixIn(TABLE, tableKey);
}

/**
 * Document numbers (`INV-004513`) for a text column named after a business document's number:
 * `invoice_number`, `order_no`, `po_number`, `ticket_number`, `policy_number`, …, or a bare
 * `number`/`no`/`num` in a table named after the document (`invoices.number`). `undefined` for
 * other names. Codes (`booking_code`), SKUs and keys are not document numbers: their rules stay.
 *
 * @example
 * ```ts
 * documentNumberByName(ctx) // invoices.invoice_number VARCHAR(20) → { generator: 'identifier', kind: 'documentNumber', prefix: 'INV' }
 * documentNumberByName(ctx) // purchase_orders.number → { …, prefix: 'PO' }
 * ```
 */
export function documentNumberByName(ctx: ColumnContext): ColumnSpec | undefined {
  const prefix = documentPrefix(ctx);
  return prefix === undefined ? undefined : documentSpec(prefix);
}
