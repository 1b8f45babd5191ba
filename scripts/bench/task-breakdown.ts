/**
 * What a long task spent its time on, for the report: the longest events inside it by name (nested
 * events overlap, so the figures say "where", not a sum), e.g. "UpdateLayoutTree 218 ms".
 */
import type { OurTask } from './main-thread-cost.ts';
import type { TraceEvent } from './trace-events.ts';

const WRAPPERS = new Set([
  'RunTask',
  'ThreadControllerImpl::RunTask',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
]);

export function longestOf(tasks: readonly OurTask[]): OurTask | undefined {
  return tasks.reduce<OurTask | undefined>((a, b) => (a && a.ours >= b.ours ? a : b), undefined);
}

export function describeTask(events: readonly TraceEvent[], task: OurTask | undefined, top = 4): string {
  if (!task) return '';
  const end = task.ts + task.dur;
  const longest = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || e.pid !== task.pid || e.tid !== task.tid || WRAPPERS.has(e.name)) continue;
    if (e.ts < task.ts || e.ts + (e.dur ?? 0) > end) continue;
    longest.set(e.name, Math.max(longest.get(e.name) ?? 0, e.dur ?? 0));
  }
  return [...longest]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, dur]) => `${name} ${(dur / 1000).toFixed(1)} ms`)
    .join(', ');
}
