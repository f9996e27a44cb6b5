export * from './civil-date.js';
export * from './hash.js';
export * from './unique-token.js';
export { intervalMs, intervalParts } from './interval-text.js';
export { compareNumbers, decimalArithmetic, decimalPlaces, roundHalfAway } from './decimal-arithmetic.js';
export { wholeSteps } from './whole-steps.js';
