import { describe, expect, it } from 'vitest';
import { stageOfName } from './lifecycle-presence.js';

describe('stageOfName', () => {
  it.each([
    ['shipped_at', 'shipped'], ['ShippedAt', 'shipped'], ['shippedat', 'shipped'], ['date_shipped', 'shipped'], ['canceled_on', 'cancelled'],
    ['cancelled_date', 'cancelled'], ['resolved_time', 'resolved'], ['published_at', 'published'], ['dispatched_at', 'shipped'],
    ['payment_date', 'paid'], ['ship_date', 'shipped'], ['shipping_date', 'shipped'], ['delivery_date', 'delivered'], ['RefundDate', 'refunded'], ['return_date', 'returned'],
    ['cancellation_date', 'cancelled'], ['cancelation_date', 'cancelled'], ['trial_ends_at', 'trial'], ['TrialEndsAt', 'trial'], ['trial_end_date', 'trial'], ['trial_expires_on', 'trial'], ['trial_end', 'trial'],
  ])('%s records %s', (name, stage) => expect(stageOfName(name)).toBe(stage));

  it.each(['shipped', 'close_date', 'delivery_address', 'shipped_by', 'created_at', 'is_paid', 'paid_amount', 'shipped_delivered_at', 'cancel_at',
    'trial_at', 'trial_days', 'trial_ends_by', 'trial_ends_paid_at'])('%s records no stage', (name) => {
    expect(stageOfName(name)).toBeUndefined();
  });
});
