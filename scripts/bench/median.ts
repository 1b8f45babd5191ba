/**
 * The bench's one median. A single run on a shared 2-core machine can decide nothing
 * (docs/benchmark.md, "How it is measured"), so every figure is the median of several.
 */
/** The median value, the lower middle of an even count (like `medianOf`); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  return medianOf(values, (value) => value) as number;
}

/**
 * The run whose figure is the median (the lower middle of an even count, so that the run is a real
 * one), with every run's figure.
 */
export function medianOf<T>(results: readonly T[], figure: (result: T) => number): T & { runsMs: number[] } {
  if (results.length === 0) throw new Error('medianOf: no runs');
  const sorted = [...results].sort((a, b) => figure(a) - figure(b));
  const middle = sorted[Math.floor((sorted.length - 1) / 2)] as T;
  if (typeof middle !== 'object' || middle === null) return middle as T & { runsMs: number[] };
  return { ...middle, runsMs: results.map(figure) };
}
