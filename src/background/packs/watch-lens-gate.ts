/**
 * Keeps the gate's key (`src/shared/lens-gate.ts`) in step with what tabs mark: the enabled packs'
 * runtime and the captured quotes, both of which the background writes to `storage.local`
 * (watch-packs.ts). Derived from those keys rather than written beside them, so it can never say
 * something they do not. Written only when it changes: every frame's gate hears each write.
 */
import { ext } from '../../shared/browser.ts';
import { CAPTURED_QUOTES_KEY } from '../../shared/captured-quotes.ts';
import { LENS_GATE_KEY, type LensGate } from '../../shared/lens-gate.ts';
import { PACK_RUNTIME_KEY, type PackRuntime, readPackRuntime } from '../../shared/pack-runtime.ts';

/** What the gate should say, or undefined when the bundled names alone are marked (no key). */
export function lensGateFor(runtime: PackRuntime | undefined, capturedPages: string[]): LensGate | undefined {
  if (!runtime && capturedPages.length === 0) return undefined;
  if (!runtime) return { capturedPages };
  // A per-page runtime's names are in no expression: every page asks the background for its own.
  return { prefilter: runtime.perPage ? null : (runtime.matcher.gate ?? null), capturedPages };
}

async function update(): Promise<void> {
  const [runtime, stored] = await Promise.all([
    readPackRuntime(),
    ext.storage.local.get([CAPTURED_QUOTES_KEY, LENS_GATE_KEY]),
  ]);
  const captured = stored[CAPTURED_QUOTES_KEY];
  const pages = typeof captured === 'object' && captured !== null ? Object.keys(captured) : [];
  const gate = lensGateFor(runtime, pages);
  if (JSON.stringify(gate) === JSON.stringify(stored[LENS_GATE_KEY])) return;
  if (gate) await ext.storage.local.set({ [LENS_GATE_KEY]: gate });
  else await ext.storage.local.remove(LENS_GATE_KEY);
}

export function watchLensGate(signal: AbortSignal): void {
  let running = Promise.resolve();
  const schedule = () => {
    running = running
      .then(update)
      .catch((error: unknown) => console.error('Company Lens: gate not updated', error));
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (PACK_RUNTIME_KEY in changes || CAPTURED_QUOTES_KEY in changes)) schedule();
  };
  ext.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => ext.storage.onChanged.removeListener(onChanged), { once: true });
  schedule();
}
