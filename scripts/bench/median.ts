/**
 * Repeats a measurement and keeps the run with the median figure: on a shared 2-core machine one
 * run of the floor varied from 45 to 101 ms on the 1 MB article (2026-11), so a single run of either
 * side could decide a target.
 */
export async function medianRun<T>(
  runs: number,
  measure: () => Promise<T>,
  figure: (result: T) => number,
): Promise<T & { runsMs: number[] }> {
  const results: T[] = [];
  for (let i = 0; i < runs; i++) results.push(await measure());
  return medianOf(results, figure);
}

/** The result with the median figure (the lower middle of an even count), with every run's figure. */
export function medianOf<T>(results: readonly T[], figure: (result: T) => number): T & { runsMs: number[] } {
  if (results.length === 0) throw new Error('medianOf: no runs');
  const sorted = [...results].sort((a, b) => figure(a) - figure(b));
  const median = sorted[Math.floor((sorted.length - 1) / 2)] as T;
  return { ...median, runsMs: results.map(figure) };
}
