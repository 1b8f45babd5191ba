import { expect, it } from 'vitest';
import { excessOverUsual } from './measure-firefox-ticks.ts';

it("sums what each gap lasted beyond the loop's usual gap", () => {
  // Usual gap 4 ms (the clamped timer); one gap of 10 ms and one of 5 ms: 6 + 1 ms taken by others.
  expect(excessOverUsual([4, 4, 10, 4, 5, 4, 3])).toBe(7);
  expect(excessOverUsual([])).toBe(0);
});
