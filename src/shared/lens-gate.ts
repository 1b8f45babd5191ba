/**
 * What the gate in every frame (`src/content/gate/`) needs to decide whether a page can name a
 * company: one small `storage.local` key, written by the background (lens-gate-writer.ts) from the
 * enabled packs and the captured quotes. Absent, the gate uses the bundled names' prefilter, which it
 * carries itself, and no page is a captured one: a user without packs costs each frame one storage
 * read. docs/benchmark.md, "The gate", says why the gate exists.
 *
 * Read without valibot or the polyfill (the gate carries neither), so the check is by hand.
 */
export const LENS_GATE_KEY = 'lens-gate';

export interface LensGate {
  /**
   * Source of a regular expression that every text naming an enabled company matches
   * (`gate-pattern.ts`), or null when the names are too many for one: the gate then asks the
   * background about the page's text (`find-companies`).
   * Absent: the bundled names' (only captured pages are listed), which the gate carries itself.
   */
  prefilter?: string | null;
  /** The pages the user captured quotes on (as `cleanPageUrl` writes them): their quotes are marked. */
  capturedPages: string[];
}

export function parseLensGate(raw: unknown): LensGate | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { prefilter, capturedPages } = raw as Record<string, unknown>;
  if (prefilter !== undefined && prefilter !== null && typeof prefilter !== 'string') return undefined;
  if (!Array.isArray(capturedPages) || !capturedPages.every((page) => typeof page === 'string')) {
    return undefined;
  }
  return prefilter === undefined ? { capturedPages } : { prefilter, capturedPages };
}

/**
 * Set on the content-script world's global by `gate-stored.ts`, which the background registers to run
 * before the gate only while the key above exists: the gate then reads it. Without packs or captures
 * no frame touches the extension API until it finds a name.
 */
export const GATE_STORED_FLAG = '__companyLensGateStored';

/**
 * A function the gate leaves on that global: the background calls it in every open frame when the
 * key above changes (`scripting.executeScript` with `func`), so that tabs opened before a pack was
 * enabled test their text against its names too, without a reload.
 */
export const GATE_USE_STORED_HOOK = '__companyLensGateUseStored';

/** The most page text one `find-companies` sends (messages.ts checks it; the gate sends without valibot). */
export const MAX_PAGE_TEXT = 2_000_000;
