/**
 * Our share of the page's main thread, from a trace. The content script runs in an isolated world on
 * the page's main thread, and much of its work resumes from promises (after `scheduler.yield()`, an
 * idle callback or a timer), which the timeline records without a script URL. Two ways to tell it:
 * - On a page with no script of its own (the generated pages), every script event is ours: the
 *   events that name our script and the unnamed script entries (microtasks, callbacks). No sampling
 *   profiler is needed, and the targets are timed this way (docs/benchmark.md, "How it is measured").
 * - On any other page, a task counts through its events that name our script, plus its microtask
 *   runs in which the CPU profiler sampled our code; if our code was sampled anywhere else in the
 *   task, the whole task counts.
 * The inspector's interrupts inside a task (the bench's DevTools commands) never count, nor does
 * anything on a thread before our first script event there: our code runs only after one of our
 * scripts is evaluated, and other renderers (a WebUI page of the browser's own, whose promise
 * continuations carry no URL either) never evaluate one.
 */
import {
  eventUrl,
  rendererMainThreads,
  type Sample,
  samplesByThread,
  type TraceEvent,
  threadKey,
} from './trace-events.ts';

export interface OurTask {
  pid: number;
  tid: number;
  /** Trace clock, microseconds. */
  ts: number;
  /** The whole task, microseconds. */
  dur: number;
  /** Our part of it, microseconds. */
  ours: number;
  /** The CPU time of our part (prorated by the task's CPU-to-wall ratio), microseconds. */
  oursCpu: number;
}

function firstSampleAtOrAfter(samples: readonly Sample[], ts: number): number {
  let lo = 0;
  let hi = samples.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((samples[mid] as Sample).ts < ts) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function oursWithin(samples: readonly Sample[], from: number, to: number): number[] {
  const found: number[] = [];
  for (let i = firstSampleAtOrAfter(samples, from); i < samples.length; i++) {
    const sample = samples[i] as Sample;
    if (sample.ts > to) break;
    if (sample.ours) found.push(sample.ts);
  }
  return found;
}

function unionLength(intervals: [number, number][]): number {
  intervals.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [s, e] of intervals) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

/** Where script starts running with no URL to name it: promise continuations and callbacks. */
const SCRIPT_ENTRIES = new Set([
  'RunMicrotasks',
  'FunctionCall',
  'EvaluateScript',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'v8.run',
  'V8.Execute',
]);

function scriptPart(children: TraceEvent[], origin: string): number {
  const intervals: [number, number][] = children
    .filter((child) => {
      const url = eventUrl(child);
      return url ? url.startsWith(origin) : SCRIPT_ENTRIES.has(child.name);
    })
    .map((child) => [child.ts, child.ts + (child.dur ?? 0)]);
  return unionLength([...intervals]) - overlap(intervals, harnessInterrupts(children));
}

function ourPart(
  task: TraceEvent,
  children: TraceEvent[],
  samples: readonly Sample[] | undefined,
  origin: string,
): number {
  if (!samples) return scriptPart(children, origin);
  const taskEnd = task.ts + (task.dur ?? 0);
  const sampled = oursWithin(samples, task.ts, taskEnd);
  const intervals: [number, number][] = [];
  for (const child of children) {
    const end = child.ts + (child.dur ?? 0);
    const named = eventUrl(child)?.startsWith(origin) ?? false;
    const microtasks = child.name === 'RunMicrotasks' && sampled.some((ts) => ts >= child.ts && ts <= end);
    if (named || microtasks) intervals.push([child.ts, end]);
  }
  const uncovered = sampled.some((ts) => !intervals.some(([s, e]) => ts >= s && ts <= e));
  const counted: [number, number][] = uncovered ? [[task.ts, taskEnd]] : intervals;
  return unionLength([...counted]) - overlap(counted, harnessInterrupts(children));
}

/**
 * Interrupts in which the DevTools inspector runs protocol commands while our script runs: the
 * bench's own puppeteer and tracing (attaching to new frames, creating their worlds), not our work;
 * on pages with frames they can sit inside our script evaluations (docs/benchmark.md, "Decisions
 * behind the code").
 */
function harnessInterrupts(children: TraceEvent[]): [number, number][] {
  return children
    .filter((child) => child.name === 'V8.InvokeApiInterruptCallbacks')
    .map((child) => [child.ts, child.ts + (child.dur ?? 0)]);
}

/** Length of the part of `b` (merged) that lies inside `a` (merged). */
function overlap(a: [number, number][], b: [number, number][]): number {
  if (b.length === 0) return 0;
  const clipped: [number, number][] = [];
  for (const [as, ae] of a) {
    for (const [bs, be] of b) {
      const s = Math.max(as, bs);
      const e = Math.min(ae, be);
      if (e > s) clipped.push([s, e]);
    }
  }
  return unionLength(clipped);
}

/**
 * Every task on any renderer main thread in which our code ran. `pageHasScripts: false` counts every
 * script event as ours and needs no profiler samples in the trace.
 */
export function ourTasks(
  events: readonly TraceEvent[],
  ourOrigin: string,
  { pageHasScripts = true } = {},
): OurTask[] {
  const mainThreads = rendererMainThreads(events);
  const samples = pageHasScripts ? samplesByThread(events, ourOrigin) : undefined;
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = threadKey(e);
    if (e.ph !== 'X' || !mainThreads.has(key)) continue;
    const list = byThread.get(key) ?? [];
    byThread.set(key, list);
    list.push(e);
  }
  const tasks: OurTask[] = [];
  for (const [key, list] of byThread) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const firstOfOurs = list.find((e) => eventUrl(e)?.startsWith(ourOrigin))?.ts;
    if (firstOfOurs === undefined) continue;
    const threadSamples = samples ? (samples.get(key) ?? []) : undefined;
    let i = 0;
    while (i < list.length) {
      const task = list[i] as TraceEvent;
      i++;
      if (task.name !== 'RunTask') continue;
      const end = task.ts + (task.dur ?? 0);
      const children: TraceEvent[] = [];
      while (i < list.length && (list[i] as TraceEvent).ts <= end) children.push(list[i++] as TraceEvent);
      if (end < firstOfOurs) continue;
      const ours = ourPart(task, children, threadSamples, ourOrigin);
      const dur = task.dur ?? 0;
      const cpuRatio = dur > 0 && task.tdur !== undefined ? Math.min(1, task.tdur / dur) : 1;
      if (ours > 0)
        tasks.push({ pid: task.pid, tid: task.tid, ts: task.ts, dur, ours, oursCpu: ours * cpuRatio });
    }
  }
  return tasks.sort((a, b) => a.ts - b.ts);
}

export interface CostSummary {
  totalMs: number;
  /** CPU time of the same. */
  totalCpuMs: number;
  longestMs: number;
  /** CPU time of the longest task (wall clock) of ours. */
  longestCpuMs: number;
  tasks: number;
}

export function summarise(tasks: readonly OurTask[]): CostSummary {
  let total = 0;
  let totalCpu = 0;
  let longest: OurTask | undefined;
  for (const task of tasks) {
    total += task.ours;
    totalCpu += task.oursCpu;
    if (!longest || task.ours > longest.ours) longest = task;
  }
  return {
    totalMs: total / 1000,
    totalCpuMs: totalCpu / 1000,
    longestMs: (longest?.ours ?? 0) / 1000,
    longestCpuMs: (longest?.oursCpu ?? 0) / 1000,
    tasks: tasks.length,
  };
}
