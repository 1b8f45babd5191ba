/**
 * Stores a capture in "My notes": the pack as it would be, checked exactly as an import is (the
 * shared `validatePack`, then its names against the bundled pack and every other stored pack), then
 * written in one transaction and announced to the background and the tabs.
 */
import bundled from '../generated/bundled.pack.json';
import commonWordsText from '../generated/common-words.txt?raw';
import { type WriteOutcome, writeMyNotes } from '../shared/my-notes.ts';
import { MY_NOTES_ID } from '../shared/my-notes-id.ts';
import {
  type AliasClaims,
  addAliasClaims,
  checkCrossPackAliases,
} from '../shared/pack/check-cross-pack-aliases.ts';
import { commonWordsFromText } from '../shared/pack/common-words-text.ts';
import { formatPackError } from '../shared/pack/data-error.ts';
import type { Pack } from '../shared/pack/pack-schema.ts';
import { openPackStore } from '../shared/pack-store.ts';
import { addCapture, type CaptureInput, emptyMyNotes } from './draft-to-pack.ts';

export async function saveCapture(input: CaptureInput): Promise<WriteOutcome> {
  const store = await openPackStore();
  try {
    const next = addCapture((await store.get(MY_NOTES_ID)) ?? emptyMyNotes(input.capturedOn), input);
    const claims: AliasClaims = new Map();
    const builtIn = bundled as Pack;
    addAliasClaims(claims, builtIn.header.name, builtIn.companies);
    for (const other of await store.list()) {
      if (other.id === MY_NOTES_ID) continue;
      const stored = await store.get(other.id);
      if (stored) addAliasClaims(claims, stored.header.name, stored.companies);
    }
    const cross = checkCrossPackAliases(MY_NOTES_ID, next.companies, claims);
    if (cross.errors.length > 0) return { ok: false, errors: cross.errors.map(formatPackError) };
    return await writeMyNotes(store, next, commonWordsFromText(commonWordsText));
  } finally {
    store.close();
  }
}
