/**
 * The id of the user's own pack, "My notes", in a module of its own: the card (a content script)
 * needs it to tell a captured fact, without the pack validation that `my-notes.ts` brings along.
 * Merged, a note's fact id is `my-notes/<id>` (`mergedId` in src/background/packs/merge-packs.ts).
 */
export const MY_NOTES_ID = 'my-notes';

/** A merged fact id of "My notes", with the pack's own fact id as its group. */
export const NOTE_FACT_ID = /^my-notes\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** The pack's own id of a merged "My notes" fact id; null for a fact of any other pack. */
export function noteFactId(mergedFactId: string): string | null {
  return NOTE_FACT_ID.exec(mergedFactId)?.[1] ?? null;
}
