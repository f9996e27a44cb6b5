import type { Cells } from '../run/row-sink.js';
import type { KeyEncoder } from './canonical-key.js';
import { fingerprint64 } from './fingerprint.js';
import { FingerprintStore } from './fingerprint-store.js';

/**
 * The 64-bit fingerprints of one key (column list) over a table's rows, skipping rows
 * whose key is NULL: 8 bytes per row, no strings kept.
 *
 * @example
 * ```ts
 * const k = new KeyFingerprints(new KeyEncoder([0], [(t) => t]))
 * k.add(['a']); k.add([null])
 * k.store.length // 1
 * ```
 */
export class KeyFingerprints {
  readonly store: FingerprintStore;
  private readonly scratch = new Uint32Array(2);

  constructor(
    readonly encoder: KeyEncoder,
    capacity?: number,
  ) {
    this.store = new FingerprintStore(capacity);
  }

  add(cells: Cells): void {
    const key = this.encoder.encode(cells);
    if (key === null) return;
    fingerprint64(key, this.scratch);
    this.store.push(this.scratch[0]!, this.scratch[1]!);
  }

  /** The row's key text with its fingerprint in `out` (high, low); `null` for a NULL key. */
  keyOf(cells: Cells, out: Uint32Array): string | null {
    const key = this.encoder.encode(cells);
    if (key !== null) fingerprint64(key, out);
    return key;
  }
}
