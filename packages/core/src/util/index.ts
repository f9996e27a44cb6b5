export * from './civil-date.js';
export * from './hash.js';
