import { useEffect, useState } from 'preact/hooks';
import { ext } from '../shared/browser.ts';
import type { Pack } from '../shared/pack/pack-schema.ts';
import {
  openPackStore,
  PACKS_REVISION_KEY,
  type PackStore,
  type PackSummary,
  summarizePack,
} from '../shared/pack-store.ts';
import { bumpPacksRevision } from '../shared/packs-revision.ts';

export interface BuiltInPack {
  /** The shipped file as is, so that its export is byte for byte what the extension holds. */
  text: string;
  pack: Pack;
  summary: PackSummary;
}

export interface Packs {
  /** Null until its chunk loaded: imported lazily, so the rest of the page paints first. */
  builtIn: BuiltInPack | null;
  /** Null until the store answered. */
  stored: PackSummary[] | null;
  loadError: string;
  refresh(): Promise<void>;
  /** Runs one change on the store, then tells the background and lists the packs again. */
  change(task: (store: PackStore) => Promise<void>): Promise<void>;
}

async function withStore<T>(task: (store: PackStore) => Promise<T>): Promise<T> {
  const store = await openPackStore();
  try {
    return await task(store);
  } finally {
    store.close();
  }
}

/** The built-in pack and the stored packs' summaries, kept current across options pages. */
export function usePacks(): Packs {
  const [builtIn, setBuiltIn] = useState<BuiltInPack | null>(null);
  const [stored, setStored] = useState<PackSummary[] | null>(null);
  const [loadError, setLoadError] = useState('');

  const refresh = () =>
    withStore((store) => store.list()).then(
      (list) => {
        setStored(list);
        setLoadError('');
      },
      (error: unknown) => setLoadError(String(error)),
    );

  useEffect(() => {
    import('../generated/bundled.pack.json?raw').then(({ default: text }) => {
      const pack = JSON.parse(text) as Pack;
      setBuiltIn({ text, pack, summary: summarizePack(pack, { enabled: true, importedAt: '' }) });
    });
    refresh();
    // Another options page (or the background) may change the store: it bumps the revision.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && PACKS_REVISION_KEY in changes) refresh();
    };
    ext.storage.onChanged.addListener(onChanged);
    return () => ext.storage.onChanged.removeListener(onChanged);
  }, []);

  return {
    builtIn,
    stored,
    loadError,
    refresh,
    async change(task) {
      await withStore(task);
      await bumpPacksRevision();
      await refresh();
    },
  };
}
