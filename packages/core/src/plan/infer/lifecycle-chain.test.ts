import { describe, expect, it } from 'vitest';
import type { Column } from '../../schema/index.js';
import { wordsOf } from './column-context.js';
import { lifecycleEarlier, lifecyclePredecessors } from './lifecycle-chain.js';
import { stageOfName } from './lifecycle-stages.js';

const col = (spec: string): Column => ({ name: spec.replace(/!$/, ''), type: { kind: 'timestamp', withTimeZone: false }, nullable: !spec.endsWith('!') });
const columns = (...specs: string[]): Column[] => specs.map(col);
const key = (c: Column): string => wordsOf(c.name).join('_');
/** What `name` follows among the table's other columns (`!` marks NOT NULL). */
function follows(name: string, ...specs: string[]): string | undefined {
  const self = col(name);
  const others = columns(...specs).filter((c) => c.name !== self.name);
  return lifecycleEarlier(key(self), self.nullable, others, key)?.column;
}

describe('lifecycleEarlier: one row\'s stages in order', () => {
  const ORDER = ['ordered_at!', 'paid_at', 'shipped_at', 'delivered_at', 'completed_at', 'cancelled_at', 'refunded_at', 'returned_at'];

  it('chains each stage after the nearest earlier stage the table has', () => {
    expect(follows('paid_at', ...ORDER)).toBe('ordered_at');
    expect(follows('shipped_at', ...ORDER)).toBe('paid_at');
    expect(follows('delivered_at', ...ORDER)).toBe('shipped_at');
    expect(follows('completed_at', ...ORDER)).toBe('delivered_at');
    expect(follows('returned_at', ...ORDER)).toBe('delivered_at');
    expect(follows('refunded_at', ...ORDER)).toBe('returned_at');
    expect(follows('cancelled_at', ...ORDER)).toBe('ordered_at');
  });

  it('skips stages the table lacks', () => {
    expect(follows('shipped_at', 'ordered_at', 'shipped_at')).toBe('ordered_at');
    expect(follows('delivered_at', 'order_date', 'paid_at', 'delivered_at')).toBe('paid_at');
    expect(follows('refunded_at', 'placed_at', 'paid_at', 'refunded_at')).toBe('paid_at');
  });

  it('gives the gaps of each step in days', () => {
    const cs = columns(...ORDER);
    expect(lifecyclePredecessors('paid_at', cs, key)[0]).toEqual({ column: 'ordered_at', minGap: 0, maxGap: 2, nullable: false });
    expect(lifecyclePredecessors('shipped_at', cs, key).map((p) => [p.column, p.minGap, p.maxGap])).toEqual([['paid_at', 0, 5], ['ordered_at', 0, 5]]);
    expect(lifecyclePredecessors('delivered_at', cs, key)[0]).toMatchObject({ column: 'shipped_at', minGap: 1, maxGap: 7 });
  });

  it('reads names written in CamelCase, run together or as date_<stage>', () => {
    expect(follows('ShippedDate', 'OrderDate', 'PaidDate', 'ShippedDate')).toBe('PaidDate');
    expect(follows('date_shipped', 'date_ordered', 'date_paid')).toBe('date_paid');
    expect(follows('dispatched_on', 'purchase_date', 'dispatched_on')).toBe('purchase_date');
  });

  it('prefers the order\'s start to the row\'s created_at', () => {
    expect(follows('paid_at', 'created_at', 'ordered_at', 'paid_at')).toBe('ordered_at');
    expect(follows('paid_at', 'created_at', 'paid_at', 'shipped_at')).toBe('created_at');
  });

  it('has a NOT NULL stage follow only NOT NULL ones (a NULL earlier value leaves it nothing to follow)', () => {
    expect(follows('shipped_at!', 'ordered_at!', 'paid_at', 'shipped_at!')).toBe('ordered_at');
    expect(follows('shipped_at!', 'ordered_at!', 'paid_at!', 'shipped_at!')).toBe('paid_at');
  });

  it('chains outside orders: a ticket resolved after opening and closed after that, an invoice paid, refunded or cancelled after its start', () => {
    expect(follows('cancelled_at', 'created_at', 'cancelled_at')).toBe('created_at');
    expect(follows('paid_at', 'issued_at', 'paid_at')).toBe('issued_at');
    expect(follows('refunded_at', 'issued_at', 'paid_at', 'refunded_at')).toBe('paid_at');
    expect(follows('completed_at', 'started_at', 'completed_at')).toBeUndefined();
    expect(follows('closed_at', 'opened_at', 'resolved_at', 'closed_at')).toBe('resolved_at');
    expect(follows('resolved_at', 'opened_at', 'resolved_at', 'closed_at')).toBe('opened_at');
    expect(follows('updated_at', ...ORDER)).toBeUndefined();
  });
});

describe('lifecycleEarlier: a subscription\'s stages follow its start', () => {
  it('ends a trial 7 to 30 days after the start, else after the row\'s creation', () => {
    const cs = columns('started_at!', 'trial_ends_at', 'canceled_at');
    expect(lifecyclePredecessors('trial_ends_at', cs, key)).toEqual([{ column: 'started_at', minGap: 7, maxGap: 30, nullable: false }]);
    expect(follows('TrialEndDate', 'CreatedAt!', 'TrialEndDate')).toBe('CreatedAt');
    expect(follows('trial_end', 'subscribed_on!', 'created_at!')).toBe('subscribed_on');
    expect(follows('trial_ends_at', 'joined_at!', 'trial_ends_at')).toBe('joined_at');
  });

  it('cancels within a year of the start, whichever spelling (before: canceled_at had no earlier column beside started_at)', () => {
    expect(lifecyclePredecessors('canceled_at', columns('started_at!', 'canceled_at'), key)[0]).toMatchObject({ column: 'started_at', minGap: 0, maxGap: 365 });
    expect(follows('cancellation_date', 'created_at!', 'start_date!', 'trial_end', 'cancellation_date')).toBe('start_date');
    expect(follows('cancelled_at', 'created_at!', 'cancelled_at')).toBe('created_at');
  });

  it('reads a bare start (start_date, start_time) as the start only beside a trial: an appointment cancelled before its start_time keeps following its creation', () => {
    expect(follows('cancelled_at', 'created_at!', 'start_time!', 'cancelled_at')).toBe('created_at');
    expect(follows('cancellation_date', 'start_date!', 'cancellation_date')).toBeUndefined();
    expect(lifecyclePredecessors('trial_ends_at', columns('created_at!', 'start_date!'), key)[0]).toMatchObject({ column: 'start_date', minGap: 7, maxGap: 30 });
  });

  it('leaves other stages unchained to a start', () => {
    expect(follows('paid_at', 'started_at!', 'paid_at')).toBeUndefined();
    expect(follows('resolved_at', 'started_at!', 'resolved_at')).toBeUndefined();
  });
});

describe('stageOfName with bare names', () => {
  it('reads a lone stage word only when asked', () => {
    expect(stageOfName('shipped')).toBeUndefined();
    expect(stageOfName('shipped', true)).toBe('shipped');
    expect(stageOfName('shipped_by', true)).toBeUndefined();
  });
});
