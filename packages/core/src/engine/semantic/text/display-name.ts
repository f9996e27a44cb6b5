/**
 * A key or code shown as a name: separators (`.`, `_`, `-`, `:`, `/`) become spaces and each
 * word starts with a capital; a value already written as a name (a space or a capital in it) stays
 * as it is (`Read-Only User`).
 *
 * @example
 * ```ts
 * displayName('orders.read')   // 'Orders Read'
 * displayName('billing_admin') // 'Billing Admin'
 * displayName('Read-Only User') // 'Read-Only User'
 * ```
 */
export function displayName(value: string): string {
  if (/[\sA-Z]/.test(value)) return value;
  return value
    .split(/[\s._:/-]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
