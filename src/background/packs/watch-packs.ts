/**
 * Keeps what tabs use in step with the enabled packs: on start (unless what is stored was built from
 * the packs as they are) and whenever the options page bumps `PACKS_REVISION_KEY`, the background
 * merges the bundled pack with the enabled ones, stores the merged records (company-records.ts) and
 * then the runtime tabs read (pack-runtime.ts). All of it runs here, off every page's thread.
 * Rebuilds run one at a time; changes during one give one more.
 */
import bundledPackJson from '../../generated/bundled.pack.json';
import { ext } from '../../shared/browser.ts';
import { capturedQuotesOf, storeCapturedQuotes } from '../../shared/captured-quotes.ts';
import { type CompanyRecords, openCompanyRecords } from '../../shared/company-records.ts';
import { compileMatcher } from '../../shared/matcher/compile.ts';
import { MY_NOTES_ID } from '../../shared/my-notes-id.ts';
import type { Pack } from '../../shared/pack/pack-schema.ts';
import {
  PACK_RUNTIME_KEY,
  PACK_RUNTIME_PROBLEM_KEY,
  type PackRuntime,
  type PackRuntimeProblem,
  readPackRuntime,
} from '../../shared/pack-runtime.ts';
import { openPackStore, PACKS_REVISION_KEY } from '../../shared/pack-store.ts';
import { markPacksApplied } from '../../shared/packs-revision.ts';
import { mergePacks } from './merge-packs.ts';
import {
  isRuntimeOver,
  MAX_RUNTIME_BYTES,
  MAX_SHARED_RUNTIME_BYTES,
  packRuntimeValue,
  runtimeBytes,
  scanDigest,
} from './pack-runtime-value.ts';

// The build wrote it after checking it as a pack.
const bundledPack = bundledPackJson as unknown as Pack;

let bundledIds: Set<string> | undefined;
export function bundledCompanyIds(): ReadonlySet<string> {
  bundledIds ??= new Set(bundledPack.companies.map((company) => company.id));
  return bundledIds;
}

let records: Promise<CompanyRecords> | undefined;
/** The merged records, opened once per background start. */
export function companyRecords(): Promise<CompanyRecords> {
  records ??= openCompanyRecords();
  return records;
}

async function readPacksRevision(): Promise<unknown> {
  return (await ext.storage.local.get(PACKS_REVISION_KEY))[PACKS_REVISION_KEY];
}

async function enabledPacks(withContent: boolean): Promise<{ count: number; packs: Pack[] }> {
  const store = await openPackStore();
  try {
    const enabled = (await store.list()).filter((summary) => summary.enabled);
    if (!withContent) return { count: enabled.length, packs: [] };
    const packs = await Promise.all(enabled.map((summary) => store.get(summary.id)));
    return { count: enabled.length, packs: packs.filter((pack): pack is Pack => pack !== undefined) };
  } finally {
    store.close();
  }
}

async function rebuild(packsRevision: unknown): Promise<void> {
  const { packs } = await enabledPacks(true);
  const stored = await companyRecords();
  // Before the runtime: the tabs restart on it and read where the captured quotes are.
  await storeCapturedQuotes(capturedQuotesOf(packs.find((pack) => pack.header.id === MY_NOTES_ID)));
  if (packs.length === 0) {
    // Tabs go back to the bundled files first, then the records they no longer ask for go.
    await ext.storage.local.remove([PACK_RUNTIME_KEY, PACK_RUNTIME_PROBLEM_KEY]);
    await stored.clear();
    return;
  }
  const merged = mergePacks(bundledPack, packs);
  const revision = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const built = packRuntimeValue(merged, revision, packsRevision);
  const runtime: PackRuntime = { ...built, scanRevision: await scanDigest(built) };
  if (isRuntimeOver(PACK_RUNTIME_KEY, runtime, MAX_SHARED_RUNTIME_BYTES)) {
    // Too large for every frame to hold: frames get the bundled names (with the merged aliases of
    // those companies), and ask for the pack names their text holds (answer-find-companies.ts).
    const bundled = bundledCompanyIds();
    const perPage: PackRuntime = {
      ...runtime,
      perPage: true,
      matcher: compileMatcher(merged.patterns.filter((pattern) => bundled.has(pattern.companyId))),
    };
    const bytes = runtimeBytes(PACK_RUNTIME_KEY, perPage);
    if (bytes > MAX_RUNTIME_BYTES) {
      const problem: PackRuntimeProblem = {
        kind: 'too-large',
        packsRevision,
        bytes,
        maxBytes: MAX_RUNTIME_BYTES,
      };
      await ext.storage.local.remove(PACK_RUNTIME_KEY);
      await ext.storage.local.set({ [PACK_RUNTIME_PROBLEM_KEY]: problem });
      await stored.clear();
      return;
    }
    await stored.replace(revision, merged.companies, merged.articles, runtime.matcher);
    await ext.storage.local.set({ [PACK_RUNTIME_KEY]: perPage });
    await ext.storage.local.remove(PACK_RUNTIME_PROBLEM_KEY);
    return;
  }
  // Records first: a tab that sees the new runtime asks for records at once.
  await stored.replace(revision, merged.companies, merged.articles);
  await ext.storage.local.set({ [PACK_RUNTIME_KEY]: runtime });
  await ext.storage.local.remove(PACK_RUNTIME_PROBLEM_KEY);
}

/**
 * Whether what is stored already reflects the packs as they are, so that a restarted service worker
 * (Chrome stops it when idle) does not merge and compile again.
 */
export async function isCurrent(): Promise<boolean> {
  const [packsRevision, runtime, problem] = await Promise.all([
    readPacksRevision(),
    readPackRuntime(),
    ext.storage.local
      .get(PACK_RUNTIME_PROBLEM_KEY)
      .then((got) => got[PACK_RUNTIME_PROBLEM_KEY] as PackRuntimeProblem | undefined),
  ]);
  const same = (built: unknown) => JSON.stringify(built) === JSON.stringify(packsRevision);
  if (runtime)
    return same(runtime.packsRevision) && (await (await companyRecords()).revision()) === runtime.revision;
  if (problem) return same(problem.packsRevision);
  // Nothing applied: right when no pack is enabled.
  return (await enabledPacks(false)).count === 0;
}

export function watchPacks(signal: AbortSignal): void {
  let running: Promise<void> | undefined;
  let again = false;
  const schedule = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        const packsRevision = await readPacksRevision().catch(() => undefined);
        await rebuild(packsRevision).catch((error: unknown) =>
          console.error('Company Lens: packs not applied', error),
        );
        // Applied or failed: the options page waiting on this revision can say it is done.
        await markPacksApplied(packsRevision).catch(() => {});
      } while (again && !signal.aborted);
      running = undefined;
    })();
    return running;
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && PACKS_REVISION_KEY in changes) void schedule();
  };
  ext.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => ext.storage.onChanged.removeListener(onChanged), { once: true });
  // An update may bring other bundled data: rebuild then, whatever is stored.
  const onInstalled = () => void schedule();
  ext.runtime.onInstalled.addListener(onInstalled);
  signal.addEventListener('abort', () => ext.runtime.onInstalled.removeListener(onInstalled), { once: true });
  isCurrent().then(
    (current) => {
      if (!current) void schedule();
    },
    () => void schedule(),
  );
}
