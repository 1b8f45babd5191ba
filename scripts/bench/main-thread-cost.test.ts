import { describe, expect, it } from 'vitest';
import { ourTasks, summarise } from './main-thread-cost.ts';
import type { TraceEvent } from './trace-events.ts';

const OURS = 'chrome-extension://abc';
const main = { pid: 1, tid: 1 };

const meta = (tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  cat: '__metadata',
  ph: 'M',
  pid: 1,
  tid,
  ts: 0,
  args: { name },
});
const x = (name: string, ts: number, dur: number, url?: string, thread = main): TraceEvent => ({
  name,
  cat: 'devtools.timeline',
  ph: 'X',
  ...thread,
  ts,
  dur,
  ...(url ? { args: { data: { url } } } : {}),
});

// One profile in two chunks: node 2 is our script, node 3 (no URL) is called from it, node 4 is the page.
const profile: TraceEvent[] = [
  { name: 'Profile', cat: 'cpu', ph: 'P', ...main, ts: 0, id: '0x1', args: { data: { startTime: 0 } } },
  {
    name: 'ProfileChunk',
    cat: 'cpu',
    ph: 'P',
    pid: 1,
    tid: 9,
    ts: 0,
    id: '0x1',
    args: {
      data: {
        cpuProfile: {
          nodes: [
            { id: 1, callFrame: {} },
            { id: 2, parent: 1, callFrame: { url: `${OURS}/content.js` } },
          ],
          samples: [2],
        },
        timeDeltas: [11_000],
      },
    },
  },
  {
    name: 'ProfileChunk',
    cat: 'cpu',
    ph: 'P',
    pid: 1,
    tid: 9,
    ts: 0,
    id: '0x1',
    args: {
      data: {
        cpuProfile: {
          nodes: [
            { id: 3, parent: 2, callFrame: { url: '' } },
            { id: 4, parent: 1, callFrame: { url: 'http://page/app.js' } },
          ],
          samples: [4, 3],
        },
        timeDeltas: [10_000, 10_000],
      },
    },
  },
];

describe('ourTasks', () => {
  const events: TraceEvent[] = [
    meta(1, 'CrRendererMain'),
    meta(2, 'Compositor'),
    ...profile,
    // A callback of ours inside a page task: only the callback counts.
    x('RunTask', 1000, 5000),
    x('FunctionCall', 1100, 3000, `${OURS}/content.js`),
    // A promise continuation (no URL) in which our code was sampled at 11 000; the thread was
    // descheduled for half of the task.
    { ...x('RunTask', 10_000, 8000), tdur: 4000 },
    x('RunMicrotasks', 10_500, 7000),
    // The page's own work, sampled as the page at 21 000.
    x('RunTask', 20_000, 4000),
    x('FunctionCall', 20_100, 3000, 'http://page/app.js'),
    // Our code sampled at 31 000 outside any event we can name: the whole task counts.
    x('RunTask', 30_000, 6000),
    // Another thread is never the page's main thread.
    x('RunTask', 40_000, 9000, undefined, { pid: 1, tid: 2 }),
    x('FunctionCall', 40_100, 8000, `${OURS}/content.js`, { pid: 1, tid: 2 }),
  ];

  it('attributes named callbacks, sampled microtasks and sampled tasks to us, and nothing else', () => {
    expect(ourTasks(events, OURS)).toEqual([
      { ...main, ts: 1000, dur: 5000, ours: 3000, oursCpu: 3000 },
      { ...main, ts: 10_000, dur: 8000, ours: 7000, oursCpu: 3500 },
      { ...main, ts: 30_000, dur: 6000, ours: 6000, oursCpu: 6000 },
    ]);
  });

  it('sums our time and keeps our longest part of a task, in wall-clock and CPU time', () => {
    expect(summarise(ourTasks(events, OURS))).toEqual({
      totalMs: 16,
      totalCpuMs: 12.5,
      longestMs: 7,
      longestCpuMs: 3.5,
      tasks: 3,
    });
  });

  it('counts overlapping events of ours once', () => {
    const nested = [
      meta(1, 'CrRendererMain'),
      x('RunTask', 0, 10_000),
      x('EvaluateScript', 1000, 6000, `${OURS}/content.js`),
      x('v8.compile', 1500, 1000, `${OURS}/content.js`),
      x('FunctionCall', 6000, 2000, `${OURS}/content.js`),
    ];
    expect(ourTasks(nested, OURS)).toEqual([{ ...main, ts: 0, dur: 10_000, ours: 7000, oursCpu: 7000 }]);
  });

  it("leaves out the inspector's interrupts inside our work (the harness's DevTools commands)", () => {
    const interrupted = [
      meta(1, 'CrRendererMain'),
      x('RunTask', 0, 10_000),
      x('EvaluateScript', 1000, 8000, `${OURS}/content.js`),
      x('V8.InvokeApiInterruptCallbacks', 2000, 3000),
      // An interrupt outside our part of the task was never counted.
      x('V8.InvokeApiInterruptCallbacks', 9500, 400),
    ];
    expect(ourTasks(interrupted, OURS)).toEqual([{ ...main, ts: 0, dur: 10_000, ours: 5000, oursCpu: 5000 }]);
  });

  it('on a page with no script of its own, counts every script event as ours without samples', () => {
    const noScripts = [
      meta(1, 'CrRendererMain'),
      x('RunTask', 0, 10_000),
      x('EvaluateScript', 1000, 3000, `${OURS}/content.js`),
      x('ParseHTML', 5000, 4000),
      x('RunTask', 20_000, 5000),
      x('RunMicrotasks', 20_500, 2000),
      x('V8.InvokeApiInterruptCallbacks', 21_000, 500),
      // Layout or parsing alone is the page's.
      x('RunTask', 30_000, 5000),
      x('Layout', 30_100, 4000),
    ];
    expect(ourTasks(noScripts, OURS, { pageHasScripts: false })).toEqual([
      { ...main, ts: 0, dur: 10_000, ours: 3000, oursCpu: 3000 },
      { ...main, ts: 20_000, dur: 5000, ours: 1500, oursCpu: 1500 },
    ]);
  });

  it('counts nothing before our first script on a thread, nor on a thread that never runs one', () => {
    const webUi = { pid: 2, tid: 2 };
    const twoRenderers = [
      meta(1, 'CrRendererMain'),
      { ...meta(2, 'CrRendererMain'), pid: 2 },
      // The page's renderer: a promise continuation before our script is evaluated is not ours.
      x('RunTask', 0, 2000),
      x('RunMicrotasks', 100, 1500),
      x('RunTask', 5000, 4000),
      x('EvaluateScript', 5500, 3000, `${OURS}/content.js`),
      x('RunTask', 10_000, 2000),
      x('RunMicrotasks', 10_100, 1000),
      // A renderer of the browser's own pages: its continuations carry no URL either.
      x('RunTask', 6000, 3000, undefined, webUi),
      x('FunctionCall', 6100, 1000, 'chrome://resources/js/mojo.js', webUi),
      x('RunMicrotasks', 7200, 1500, undefined, webUi),
    ];
    expect(ourTasks(twoRenderers, OURS, { pageHasScripts: false })).toEqual([
      { ...main, ts: 5000, dur: 4000, ours: 3000, oursCpu: 3000 },
      { ...main, ts: 10_000, dur: 2000, ours: 1000, oursCpu: 1000 },
    ]);
  });
});
