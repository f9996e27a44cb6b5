/**
 * Column names (lower case, separators removed: `line_total` is `linetotal`) that within-row
 * arithmetic is inferred from, likeliest first in each list.
 */
export const FORMULA_NAMES = {
  /** How many: the first factor of a line's total. */
  quantity: ['quantity', 'qty', 'orderqty', 'orderquantity', 'quantityordered', 'units', 'count'],
  /** The price of one: the second factor. */
  price: ['unitprice', 'priceeach', 'itemprice', 'unitcost', 'price', 'rate', 'unitrate'],
  /** Quantity × price. */
  product: ['linetotal', 'lineamount', 'linesubtotal', 'extendedprice', 'extprice', 'totalprice', 'subtotal', 'amount', 'totalamount', 'total'],
  /** A discount rate a line's total is taken down by (× (1 − rate)). */
  discountRate: ['unitpricediscount', 'discountrate', 'discountpct', 'discountpercent', 'discountpercentage'],
  /** Subtotal + tax + shipping − discount. */
  sum: ['grandtotal', 'totalamount', 'total', 'totaldue', 'ordertotal', 'invoicetotal', 'amountdue'],
  /** What a tax and a discount are shares of (a net amount beside its VAT too). */
  subtotal: ['subtotal', 'subtotalamount', 'netamount', 'nettotal'],
  tax: ['tax', 'taxamount', 'taxamt', 'vat', 'vatamount', 'salestax', 'taxtotal', 'taxes'],
  shipping: ['shipping', 'shippingcost', 'shippingfee', 'shippingamount', 'shippingcharge', 'freight', 'deliveryfee'],
  /** A discount amount: taken away from the total, a share of the subtotal. */
  discount: ['discount', 'discountamount', 'discountamt', 'discounttotal'],
  /** What was paid: at most what was due. */
  paid: ['amountpaid', 'paidamount', 'totalpaid', 'paid'],
  /** What is left to pay: computed as the total less what was paid when a CHECK says so. */
  balance: ['amountdue', 'balancedue', 'balance', 'totaldue', 'remaining', 'amountremaining', 'remainingamount', 'remainingbalance', 'outstanding', 'amountoutstanding', 'outstandingamount', 'outstandingbalance'],
  /** What a payment is at most. */
  payable: ['amountdue', 'totaldue', 'grandtotal', 'totalamount', 'total', 'amount'],
} as const;

/** Names read as percents (0…100) rather than fractions (0…1). */
export const PERCENT_NAME = /pct|percent/;

/** Shares of the subtotal a tax and a discount are drawn in (a discount only on some rows). */
export const TAX_SHARE = { fraction: { min: 0.05, max: 0.1 } } as const;
export const DISCOUNT_SHARE = { fraction: { min: 0.05, max: 0.2 }, zeroRate: 0.5 } as const;
/** What was paid: all of it on most rows, none on some, part on the rest. */
export const PAID_SHARE = { fraction: { min: 0.1, max: 0.9 }, wholeRate: 0.75, zeroRate: 0.1 } as const;
/** A discount rate's range: a fraction, or a percent. */
export const DISCOUNT_RATE_RANGE = { fraction: [0, 0.3], percent: [0, 30] } as const;
/**
 * Status labels (lower case, spaces and dashes as `_`) that tell how much of a row's amount is
 * paid, besides the lifecycle stages (`reachedStages`: a label reaching `paid` pays all of it, any
 * other known label none): `part` pays some of it, `whole` all of it.
 */
export const PAYMENT_LABELS = {
  part: ['partially_paid', 'partly_paid', 'part_paid', 'partial', 'partial_payment', 'past_due', 'overdue'],
  whole: ['settled', 'fully_paid', 'paid_in_full'],
} as const;
/** Words of a status column's name that say it is about payment (`payment_status`), preferred over another status. */
export const PAYMENT_STATUS_WORDS: ReadonlySet<string> = new Set(['payment', 'paid', 'billing', 'invoice']);
