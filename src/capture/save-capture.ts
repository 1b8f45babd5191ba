/**
 * Stores a capture in "My notes": the pack as it would be, checked exactly as an import is (the
 * shared `validatePack`, then its names against the bundled pack and every other stored pack), then
 * written in one transaction and announced to the background and the tabs.
 */

import bundled from '../generated/bundled.pack.json';
import commonWordsText from '../generated/common-words.txt?raw';
import { capturedQuotesOf, storeCapturedQuotes } from '../shared/captured-quotes.ts';
import {
  type AliasClaims,
  addAliasClaims,
  checkCrossPackAliases,
} from '../shared/pack/check-cross-pack-aliases.ts';
import { commonWordsFromText } from '../shared/pack/common-words-text.ts';
import { formatPackError } from '../shared/pack/data-error.ts';
import type { Pack } from '../shared/pack/pack-schema.ts';
import { validatePack } from '../shared/pack/validate-pack.ts';
import { openPackStore } from '../shared/pack-store.ts';
import { bumpPacksRevision } from '../shared/packs-revision.ts';
import { addCapture, type CaptureInput, emptyMyNotes, MY_NOTES_ID } from './draft-to-pack.ts';

export type SaveOutcome = { ok: true } | { ok: false; errors: string[] };

export async function saveCapture(input: CaptureInput): Promise<SaveOutcome> {
  const store = await openPackStore();
  try {
    const summaries = await store.list();
    const current = (await store.get(MY_NOTES_ID)) ?? emptyMyNotes(input.capturedOn);
    const { pack, errors } = validatePack(addCapture(current, input), {
      commonWords: commonWordsFromText(commonWordsText),
    });
    if (!pack) return { ok: false, errors: errors.map(formatPackError) };
    const claims: AliasClaims = new Map();
    const builtIn = bundled as Pack;
    addAliasClaims(claims, builtIn.header.name, builtIn.companies);
    for (const other of summaries) {
      if (other.id === MY_NOTES_ID) continue;
      const stored = await store.get(other.id);
      if (stored) addAliasClaims(claims, stored.header.name, stored.companies);
    }
    const cross = checkCrossPackAliases(MY_NOTES_ID, pack.companies, claims);
    if (cross.errors.length > 0) return { ok: false, errors: cross.errors.map(formatPackError) };
    // Created enabled; a user who switched "My notes" off keeps it off.
    const enabled = summaries.find((s) => s.id === MY_NOTES_ID)?.enabled ?? true;
    await store.put(pack, { enabled, importedAt: new Date().toISOString() });
    // Before the bump: the tabs restart on it and read where the quotes are.
    await storeCapturedQuotes(capturedQuotesOf(pack));
  } finally {
    store.close();
  }
  await bumpPacksRevision();
  return { ok: true };
}
