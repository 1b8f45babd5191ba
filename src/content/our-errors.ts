/**
 * Errors thrown by our own code in scheduled tasks: never swallowed, and kept out of the page's
 * console (a content script's `console` writes to the page's DevTools console). They go to the
 * background, which logs them in its own console: in Chrome the service worker's (chrome://extensions,
 * "Inspect views"), in Firefox the add-on's (about:debugging, "Inspect").
 *
 * Both content scripts run in one isolated world (see card-slot.ts), so the sender is kept on its
 * global: the scanner's script, which has the extension API, installs it; the card's script, which
 * does not bundle that API, reports through it. Errors from before it is installed wait, a few at most.
 */
const KEY = '__companyLensErrors';
const MAX_WAITING = 20;

interface Sink {
  send?: (error: unknown) => void;
  waiting: unknown[];
}

function sinkIn(global: object): Sink {
  const holder = global as Record<string, Sink | undefined>;
  holder[KEY] ??= { waiting: [] };
  return holder[KEY];
}

export function reportOurError(error: unknown, global: object = globalThis): void {
  const sink = sinkIn(global);
  if (sink.send) sink.send(error);
  else if (sink.waiting.length < MAX_WAITING) sink.waiting.push(error);
}

/** Installs the sender (once per isolated world) and hands it what was reported before. */
export function sendOurErrorsWith(send: (error: unknown) => void, global: object = globalThis): void {
  const sink = sinkIn(global);
  sink.send = send;
  for (const error of sink.waiting.splice(0)) send(error);
}

/** An error as one line of text with its stack, for a log. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}\n${error.stack ?? ''}`.trim();
  return String(error);
}
