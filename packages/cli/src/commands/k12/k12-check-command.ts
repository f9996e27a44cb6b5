import { ExitCodes } from '@rowforge/core';
import type { Io } from '../../io.js';

export interface K12CheckFlags {
  readonly json: boolean;
}

/** `rowforge k12 check DIR`: the independent roster judge (stub until the judge lands). */
export function k12CheckCommand(_dir: string, _flags: K12CheckFlags, io: Io): Promise<number> {
  io.err('rowforge: k12 check is not built yet');
  return Promise.resolve(ExitCodes.internal);
}
