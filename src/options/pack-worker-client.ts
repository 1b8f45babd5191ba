import type { FromWorker, ImportProgress, ToWorker } from './pack-import-messages.ts';

/**
 * The page's side of `pack-import-worker.ts`: one worker per import or export, ended when done.
 * Vite bundles the worker as its own module chunk for both builds from this exact `new Worker(new URL(...))`.
 * https://vite.dev/guide/features#import-with-constructors
 */
export interface WorkerSession {
  /** Sends a message and resolves with the next answer that is not progress. */
  ask(message: ToWorker): Promise<Exclude<FromWorker, { type: 'progress' }>>;
  end(): void;
}

export function startPackWorker(onProgress: (progress: ImportProgress) => void = () => {}): WorkerSession {
  const worker = new Worker(new URL('./pack-import-worker.ts', import.meta.url), { type: 'module' });
  let pending: ((answer: Exclude<FromWorker, { type: 'progress' }>) => void) | null = null;
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message.progress);
    else pending?.(message);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    pending?.({ type: 'crashed', message: event.message || 'The import worker failed to start' });
  };
  return {
    ask(message) {
      return new Promise((resolve) => {
        pending = resolve;
        worker.postMessage(message);
      });
    },
    end: () => worker.terminate(),
  };
}
