import { describe, expect, it } from 'vitest';
import { describeTask, longestOf } from './task-breakdown.ts';
import type { TraceEvent } from './trace-events.ts';

const x = (name: string, ts: number, dur: number, tid = 1): TraceEvent => ({
  name,
  cat: 'devtools.timeline',
  ph: 'X',
  pid: 1,
  tid,
  ts,
  dur,
});

describe('describeTask', () => {
  it('names the longest events inside the task, wrappers and other threads left out', () => {
    const task = { pid: 1, tid: 1, ts: 0, dur: 100_000, ours: 90_000, oursCpu: 90_000 };
    const events = [
      x('RunTask', 0, 100_000),
      x('FunctionCall', 1000, 90_000),
      x('UpdateLayoutTree', 2000, 60_000),
      x('MinorGC', 70_000, 2000),
      x('MinorGC', 80_000, 3000),
      x('Layout', 5000, 99_000, 2),
      x('Paint', 200_000, 5000),
    ];
    expect(describeTask(events, task, 3)).toBe(
      'FunctionCall 90.0 ms, UpdateLayoutTree 60.0 ms, MinorGC 3.0 ms',
    );
  });

  it('picks the task with the most of our time', () => {
    const a = { pid: 1, tid: 1, ts: 0, dur: 50, ours: 10, oursCpu: 10 };
    const b = { pid: 1, tid: 1, ts: 60, dur: 20, ours: 20, oursCpu: 20 };
    expect(longestOf([a, b])).toBe(b);
    expect(longestOf([])).toBeUndefined();
  });
});
