import { describe, expect, it } from 'vitest';
import type { Column, LogicalType, Table } from '../../schema/index.js';
import type { ColumnSpec } from '../column-spec.js';
import { columnContext } from './column-context.js';
import { documentNumberByName } from './document-names.js';
import { inferString } from './infer-string.js';

const varchar = (length: number): LogicalType => ({ kind: 'string', variant: 'varchar', length });

interface Opts { readonly unique?: boolean; readonly fk?: boolean }

/** What `inferString` gives `tableName.name` VARCHAR(length). */
function inferred(tableName: string, name: string, length = 20, o: Opts = {}): ColumnSpec {
  const column: Column = { name, type: varchar(length), nullable: false };
  const table: Table = {
    name: tableName, columns: [column], uniques: o.unique ? [{ columns: [name] }] : [], checks: [],
    foreignKeys: o.fk ? [{ columns: [name], refTable: 'orders', refColumns: ['order_no'], deferrable: false, initiallyDeferred: false }] : [],
  };
  return inferString(columnContext(table, column, '2026-01-01', 1000));
}

const doc = (prefix: string): ColumnSpec => ({ generator: 'identifier', kind: 'documentNumber', prefix });

describe('document numbers by name', () => {
  it('reads invoice numbers, which were sentences', () => {
    expect(inferred('invoices', 'invoice_number', 20, { unique: true })).toEqual(doc('INV'));
    expect(inferred('invoices', 'invoiceNo')).toEqual(doc('INV'));
    expect(inferred('payments', 'vendor_invoice_num')).toEqual(doc('INV'));
  });

  it('gives each document its prefix, compounds before the words they end with', () => {
    const cases: readonly (readonly [string, string])[] = [
      ['order_no', 'ORD'], ['order_number', 'ORD'], ['purchase_order_number', 'PO'], ['po_number', 'PO'], ['customer_po_no', 'PO'],
      ['receipt_number', 'RCT'], ['quote_number', 'QT'], ['quotation_no', 'QT'], ['ticket_number', 'TKT'], ['case_number', 'CASE'],
      ['claim_number', 'CLM'], ['booking_number', 'BK'], ['reservation_number', 'RES'], ['confirmation_number', 'CNF'],
      ['transaction_number', 'TXN'], ['shipment_number', 'SHP'], ['credit_note_number', 'CN'], ['bill_number', 'BILL'],
      ['statement_number', 'STMT'], ['contract_number', 'CTR'], ['policy_number', 'POL'], ['payment_no', 'PAY'],
    ];
    for (const [name, prefix] of cases) expect([name, inferred('records', name)]).toEqual([name, doc(prefix)]);
  });

  it('reads a bare number column by its table', () => {
    expect(inferred('invoices', 'number')).toEqual(doc('INV'));
    expect(inferred('purchase_orders', 'no')).toEqual(doc('PO'));
    expect(inferred('insurance_policies', 'num')).toEqual(doc('POL'));
    expect(inferred('support_tickets', 'number')).toEqual(doc('TKT'));
    expect(inferred('order_items', 'number')).not.toEqual(doc('ORD'));
  });

  it("numbers people by the column's name only: employee_number EMP, customer_no CUST; a team member's bare number is a jersey's", () => {
    expect(inferred('employees', 'employee_number', 20, { unique: true })).toEqual(doc('EMP'));
    expect(inferred('orders', 'customer_no')).toEqual(doc('CUST'));
    expect(inferred('students', 'student_number')).toEqual(doc('STU'));
    expect(inferred('team_members', 'number', 3)).not.toEqual(doc('MEM'));
    expect(inferred('employees', 'number')).not.toEqual(doc('EMP'));
  });

  it('leaves positions and tables of cases or policies that are no documents alone', () => {
    expect(inferred('menu_items', 'sort_order_no')).not.toEqual(doc('ORD'));
    expect(inferred('widgets', 'display_order_number')).not.toEqual(doc('ORD'));
    expect(inferred('order_lines', 'order_number')).toEqual(doc('ORD'));
    expect(inferred('password_policies', 'number')).not.toEqual(doc('POL'));
    expect(inferred('test_cases', 'number')).not.toEqual(doc('CASE'));
    expect(inferred('cases', 'number')).toEqual(doc('CASE'));
  });

  it('leaves codes, SKUs, keys, licences, accounts and foreign keys to their rules', () => {
    expect(inferred('bookings', 'booking_code')).toEqual({ generator: 'identifier', kind: 'token' });
    expect(inferred('orders', 'tracking_code')).toEqual({ generator: 'identifier', kind: 'token' });
    expect(inferred('orders', 'order_id', 36).generator).not.toBe('identifier');
    expect(inferred('drivers', 'license_number')).toEqual({ generator: 'identifier', kind: 'licenseNumber' });
    expect(inferred('products', 'product_number')).toEqual({ generator: 'identifier', kind: 'sku' });
    expect(documentNumberByName(columnContext(
      { name: 'accounts', columns: [], uniques: [], checks: [], foreignKeys: [] },
      { name: 'account_number', type: varchar(20), nullable: false }, '2026-01-01', 10,
    ))).toBeUndefined();
    expect(inferred('order_lines', 'order_no', 20, { fk: true })).not.toEqual(doc('ORD'));
  });

  it('is a name rule only: the cell fits a short column (VARCHAR(5)) itself', () => {
    expect(inferred('invoices', 'invoice_number', 5, { unique: true })).toEqual(doc('INV'));
  });
});
