import { Worker } from 'node:worker_threads';

/** Flags that take the next argument as their value. */
const WITH_VALUE = new Set(['--require', '-r', '--import', '--loader', '--experimental-loader']);

/** A flag with its value, when the value is the next argument (`--import x`, `--title x`). */
type FlagGroup = readonly string[];

/** True for a preload or loader of tsx (`--import …/tsx/dist/loader.mjs`, `--require …/tsx/…`, `--import=tsx`). */
function isTsxPreload(group: FlagGroup): boolean {
  const flag = group[0] ?? '';
  const [name, value] = flag.includes('=') ? [flag.slice(0, flag.indexOf('=')), flag.slice(flag.indexOf('=') + 1)] : [flag, group[1]];
  return WITH_VALUE.has(name) && value !== undefined && /(^|[/\\])tsx([/\\]|$)/.test(value);
}

/** `execArgv` as flag groups: a preload flag takes the next argument, so does any flag followed by a non-flag. */
function groups(execArgv: readonly string[]): FlagGroup[] {
  const out: FlagGroup[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const flag = execArgv[i] as string;
    const next = execArgv[i + 1];
    const takesNext = next !== undefined && (WITH_VALUE.has(flag) || !next.startsWith('-'));
    out.push(takesNext ? [flag, next] : [flag]);
    if (takesNext) i++;
  }
  return out;
}

/** Probe answers by flag group: `process.execArgv` does not change, so each pool need not start probe threads again. */
const probed = new Map<string, boolean>();

/**
 * True when a worker thread accepts these flags. V8 flags (`--max-old-space-size`,
 * `--stack-size`) and per-process ones (`--title`) make `new Worker` throw
 * ERR_WORKER_INVALID_EXEC_ARGV before its thread starts; an accepted one starts a thread that
 * runs nothing and is stopped at once. Asked once per process for each group.
 */
export function workerAccepts(flags: FlagGroup): boolean {
  const key = flags.join('\0');
  const known = probed.get(key);
  if (known !== undefined) return known;
  const answer = probe(flags);
  probed.set(key, answer);
  return answer;
}

function probe(flags: FlagGroup): boolean {
  try {
    const probe = new Worker('', { eval: true, execArgv: [...flags] });
    probe.unref();
    void probe.terminate();
    return true;
  } catch (e) {
    if ((e as { code?: unknown }).code === 'ERR_WORKER_INVALID_EXEC_ARGV') return false;
    throw e;
  }
}

/** Preloads are always kept (a worker accepts them) and never probed: probing would run them. */
function keep(group: FlagGroup, accepts: (flags: FlagGroup) => boolean): boolean {
  if (isTsxPreload(group)) return false;
  return WITH_VALUE.has((group[0] ?? '').split('=')[0] ?? '') || accepts(group);
}

/**
 * The parent's Node flags a worker should get. Without its tsx preloads: workers inherit
 * `process.execArgv`, so a CLI started through tsx would load tsx (and start a loader-hooks
 * thread) in every worker, about 70 ms each, for nothing: they run the plain JavaScript bundle
 * (decision 0007). Without the flags a worker refuses once they are passed explicitly (V8 flags
 * such as `--max-old-space-size`, per-process ones such as `--title`): `node
 * --max-old-space-size=8192 rowforge …` must not fail as soon as the workers start.
 */
export function workerExecArgv(execArgv: readonly string[] = process.execArgv, accepts: (flags: FlagGroup) => boolean = workerAccepts): string[] {
  return groups(execArgv).filter((g) => keep(g, accepts)).flat();
}
