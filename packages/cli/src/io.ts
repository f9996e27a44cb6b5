/** Where a command writes; injected so tests can capture output. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  now(): number;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  now: () => performance.now(),
};
