import { describe, expect, it } from 'vitest';
import { displayName } from './display-name.js';
import { truncateAtWord } from './truncate.js';

describe('displayName', () => {
  it('shows keys and codes as names, leaves names as they are', () => {
    expect(displayName('orders.read')).toBe('Orders Read');
    expect(displayName('billing_admin')).toBe('Billing Admin');
    expect(displayName('api-keys:write')).toBe('Api Keys Write');
    expect(displayName('Read-Only User')).toBe('Read-Only User');
    expect(displayName('admin')).toBe('Admin');
  });
});

describe('truncateAtWord for names', () => {
  it('adds no full stop and drops punctuation a mid-word cut leaves', () => {
    expect(truncateAtWord('Customer Service', 8, false)).toBe('Customer');
    expect(truncateAtWord('coupons.read', 8, false)).toBe('coupons');
    expect(truncateAtWord('The schedule slipped again', 14)).toBe('The schedule.');
  });
});
