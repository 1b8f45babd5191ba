/**
 * The Chromium trace as the bench reads it: threads by name, complete ("X") events per thread in
 * time order, and the CPU profiler's samples with whether their stack runs our extension's code.
 */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of an X event, microseconds: less than `dur` when the thread was descheduled. */
  tdur?: number;
  id?: string;
  args?: { data?: Record<string, unknown>; fileName?: string; name?: string } & Record<string, unknown>;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

export interface Sample {
  ts: number;
  ours: boolean;
}

export const threadKey = (e: { pid: number; tid: number }) => `${e.pid}:${e.tid}`;

export function parseTrace(buffer: Uint8Array): TraceEvent[] {
  const parsed = JSON.parse(new TextDecoder().decode(buffer)) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

export function rendererMainThreads(events: readonly TraceEvent[]): Set<string> {
  const threads = new Set<string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      threads.add(threadKey(e));
  }
  return threads;
}

/** The script URL an event names, if any (EvaluateScript, FunctionCall, v8.compile...). */
export function eventUrl(e: TraceEvent): string | undefined {
  const url = e.args?.data?.url ?? e.args?.fileName;
  return typeof url === 'string' ? url : undefined;
}

/**
 * Samples per thread. Profile chunks of one profile (pid + id) carry new nodes and time deltas in
 * order; the profile's own event says which thread it samples and when it started.
 */
export function samplesByThread(events: readonly TraceEvent[], ourOrigin: string): Map<string, Sample[]> {
  const profiles = new Map<string, { thread: string; time: number; ours: Map<number, boolean> }>();
  const result = new Map<string, Sample[]>();
  for (const e of events) {
    const data = e.args?.data as Record<string, unknown> | undefined;
    const key = `${e.pid}:${e.id}`;
    if (e.name === 'Profile') {
      profiles.set(key, { thread: threadKey(e), time: Number(data?.startTime ?? e.ts), ours: new Map() });
      continue;
    }
    if (e.name !== 'ProfileChunk') continue;
    const profile = profiles.get(key);
    if (!profile) continue;
    const cpu = data?.cpuProfile as { nodes?: ProfileNode[]; samples?: number[] } | undefined;
    for (const node of cpu?.nodes ?? []) {
      const own = node.callFrame.url?.startsWith(ourOrigin) ?? false;
      profile.ours.set(node.id, own || (node.parent !== undefined && profile.ours.get(node.parent) === true));
    }
    const deltas = (data?.timeDeltas as number[] | undefined) ?? [];
    const list = result.get(profile.thread) ?? [];
    result.set(profile.thread, list);
    (cpu?.samples ?? []).forEach((node, i) => {
      profile.time += deltas[i] ?? 0;
      list.push({ ts: profile.time, ours: profile.ours.get(node) === true });
    });
  }
  for (const list of result.values()) list.sort((a, b) => a.ts - b.ts);
  return result;
}
