/**
 * Where our start-up time goes: the V8 sampling profiler's samples in a trace, attributed to the
 * source module of the innermost frame of ours on each sample's stack (a DOM or extension API call
 * counts to the module that made it). Read on an unminified build, whose bundles keep a
 * `// src/...` comment at the start of each module.
 */
import type { TraceEvent } from './trace-events.ts';

interface CallFrame {
  url?: string;
  functionName?: string;
  /** 0-based. */
  lineNumber?: number;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}

/** For a bundle's text, the module each line (0-based) belongs to. */
export function moduleOfLine(code: string): (line: number) => string {
  const starts: { line: number; module: string }[] = [];
  code.split('\n').forEach((text, line) => {
    const marker = /^\s*\/\/ ((?:src|node_modules|\.\.)\/\S+|\S+\/node_modules\/\S+)\s*$/.exec(text);
    if (marker) starts.push({ line, module: marker[1] as string });
  });
  return (line) => {
    let found = "top level (the bundle's own function: every module's initialisation)";
    for (const start of starts) {
      if (start.line > line) break;
      found = start.module;
    }
    return found;
  };
}

/** Milliseconds of samples per `script: module`, summed over every profile in the trace. */
export function timeByModule(
  events: readonly TraceEvent[],
  ourOrigin: string,
  bundles: ReadonlyMap<string, (line: number) => string>,
): Map<string, number> {
  const nodes = new Map<string, Map<number, ProfileNode>>();
  const totals = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const data = e.args?.data as Record<string, unknown> | undefined;
    const key = `${e.pid}:${e.id}`;
    const known = nodes.get(key) ?? new Map<number, ProfileNode>();
    nodes.set(key, known);
    const cpu = data?.cpuProfile as { nodes?: ProfileNode[]; samples?: number[] } | undefined;
    for (const node of cpu?.nodes ?? []) known.set(node.id, node);
    const deltas = (data?.timeDeltas as number[] | undefined) ?? [];
    (cpu?.samples ?? []).forEach((id, i) => {
      let node = known.get(id);
      while (node && !node.callFrame.url?.startsWith(ourOrigin))
        node = node.parent === undefined ? undefined : known.get(node.parent);
      if (!node) return;
      const script = (node.callFrame.url ?? '').slice(ourOrigin.length + 1);
      const module = bundles.get(script)?.(node.callFrame.lineNumber ?? 0) ?? 'unknown';
      const label = `${script}: ${module}`;
      totals.set(label, (totals.get(label) ?? 0) + Math.max(0, deltas[i] ?? 0) / 1000);
    });
  }
  return totals;
}

/** Milliseconds the trace spent compiling and evaluating each of our scripts (top level only). */
export function evaluationByScript(events: readonly TraceEvent[], ourOrigin: string): Map<string, number> {
  const totals = new Map<string, number>();
  for (const e of events) {
    const url = e.args?.data?.url;
    if (e.ph !== 'X' || e.name !== 'EvaluateScript' || typeof url !== 'string') continue;
    if (!url.startsWith(ourOrigin)) continue;
    const script = url.slice(ourOrigin.length + 1);
    totals.set(script, (totals.get(script) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return totals;
}
