/** Flags that take the next argument as their value. */
const WITH_VALUE = new Set(['--require', '-r', '--import', '--loader', '--experimental-loader']);

/** True for a preload or loader of tsx (`--import …/tsx/dist/loader.mjs`, `--require …/tsx/…`, `--import=tsx`). */
function isTsxPreload(flag: string, value: string | undefined): boolean {
  const [name, inline] = flag.includes('=') ? [flag.slice(0, flag.indexOf('=')), flag.slice(flag.indexOf('=') + 1)] : [flag, value];
  return WITH_VALUE.has(name) && inline !== undefined && /(^|[/\\])tsx([/\\]|$)/.test(inline);
}

/**
 * The parent's Node flags without its tsx preloads. Workers inherit `process.execArgv`, so a
 * CLI started through tsx would load tsx (and start a loader-hooks thread) in every worker,
 * about 70 ms each, for nothing: they run the plain JavaScript bundle (decision 0007).
 */
export function workerExecArgv(execArgv: readonly string[] = process.execArgv): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const flag = execArgv[i] as string;
    const takesNext = WITH_VALUE.has(flag);
    if (isTsxPreload(flag, takesNext ? execArgv[i + 1] : undefined)) { if (takesNext) i++; continue; }
    out.push(flag);
  }
  return out;
}
