/**
 * Thrown while evaluating a CHECK the validator cannot judge (untranslated SQL, an
 * unknown function, incomparable operands). The check is then reported once in
 * the warnings as not evaluated, never as a violation.
 */
export class NotEvaluableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotEvaluableError';
  }
}
