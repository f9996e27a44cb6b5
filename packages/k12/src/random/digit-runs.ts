/** Length of the longest run of digits that climb by one (…"345"… is a run of 3). */
export function longestAscendingRun(text: string): number {
  let best = 0;
  let run = 0;
  let prev = -2;
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) { run = 0; prev = -2; continue; }
    run = d === prev + 1 ? run + 1 : 1;
    prev = d;
    if (run > best) best = run;
  }
  return best;
}

/** Length of the ascending run that starts at the first character. */
export function leadingAscendingRun(text: string): number {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9 || (i > 0 && d !== text.charCodeAt(i - 1) - 47)) break;
    run++;
  }
  return run;
}

/** True when no five digits in a row climb by one (so no "12345" or "56789"). */
export function hasNoFiveRun(text: string): boolean {
  return longestAscendingRun(text) < 5;
}
