/** A deep plain copy of a JSON-shaped value (readonly types become the mutable JSON the responses declare). */
export function jsonObject(value: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}
