import { execFileSync } from 'node:child_process';
import os from 'node:os';

export interface MachineInfo {
  readonly host: string;
  readonly cpuModel: string;
  readonly cores: number;
  readonly totalMemoryBytes: number;
  readonly node: string;
  readonly platform: string;
  readonly osRelease: string;
  readonly gitCommit: string | null;
  readonly gitDirty: boolean | null;
}

export function machineInfo(repoRoot: string): MachineInfo {
  return {
    host: os.hostname(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    totalMemoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.platform()}-${os.arch()}`,
    osRelease: os.release(),
    gitCommit: git(repoRoot, ['rev-parse', 'HEAD']),
    gitDirty: dirty(repoRoot),
  };
}

function git(cwd: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function dirty(cwd: string): boolean | null {
  const status = git(cwd, ['status', '--porcelain', '--untracked-files=no']);
  return status === null ? null : status.length > 0;
}
