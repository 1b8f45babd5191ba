/**
 * Keeps the gate's key (`src/shared/lens-gate.ts`) in step with what tabs mark: the enabled packs'
 * runtime and the captured quotes, both of which the background writes to `storage.local`
 * (watch-packs.ts). Derived from those keys rather than written beside them, so it can never say
 * something they do not. Written only when it changes.
 *
 * While the key exists, `gate-stored.js` is registered to run before the gate in every frame, so that
 * new pages read it; when it changes, every open frame's gate is told to read it (its hook), so that
 * open pages test their text against a new pack's names without a reload. Without packs or captures
 * neither happens, and no frame touches the extension API before it finds a name.
 * https://developer.chrome.com/docs/extensions/reference/api/scripting#method-registerContentScripts
 */
import bareManifest from '../../../manifest.json';
import { ext } from '../../shared/browser.ts';
import { CAPTURED_QUOTES_KEY } from '../../shared/captured-quotes.ts';
import { GATE_USE_STORED_HOOK, LENS_GATE_KEY, type LensGate } from '../../shared/lens-gate.ts';
import { INJECTED_SCRIPTS } from '../../shared/lens-script-files.ts';
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
  await registerGateStored(gate !== undefined);
  if (JSON.stringify(gate) === JSON.stringify(stored[LENS_GATE_KEY])) return;
  if (gate) await ext.storage.local.set({ [LENS_GATE_KEY]: gate });
  else await ext.storage.local.remove(LENS_GATE_KEY);
  await tellOpenFrames();
}

const GATE_STORED_ID = 'company-lens-gate-stored';

async function registerGateStored(wanted: boolean): Promise<void> {
  const registered = (await ext.scripting.getRegisteredContentScripts({ ids: [GATE_STORED_ID] })).length > 0;
  if (registered === wanted) return;
  if (!wanted) return ext.scripting.unregisterContentScripts({ ids: [GATE_STORED_ID] });
  const [gateScript] = bareManifest.content_scripts;
  await ext.scripting.registerContentScripts([
    {
      id: GATE_STORED_ID,
      js: [INJECTED_SCRIPTS.gateStored.file],
      matches: gateScript?.matches ?? [],
      allFrames: true,
      matchOriginAsFallback: true,
      runAt: 'document_start',
      persistAcrossSessions: true,
    },
  ]);
}

/** Calls every open frame's gate hook; a frame without a gate (a browser page) refuses, and is left. */
async function tellOpenFrames(): Promise<void> {
  const tabs = await ext.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : ext.scripting
            .executeScript({
              target: { tabId: tab.id, allFrames: true },
              func: (hook: string) =>
                (globalThis as Record<string, unknown> as Record<string, () => void>)[hook]?.(),
              args: [GATE_USE_STORED_HOOK],
            })
            .catch(() => {}),
    ),
  );
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
