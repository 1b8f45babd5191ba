/**
 * Stores a capture in "My notes": the pack as it would be, checked exactly as an import is
 * (`writeMyNotes`), then written in one transaction and announced to the background and the tabs,
 * while no other change of My notes runs (`oneWriterAtATime`).
 */
import commonWordsText from '../generated/common-words.txt?raw';
import { oneWriterAtATime, type WriteOutcome, writeMyNotes } from '../shared/my-notes.ts';
import { MY_NOTES_ID } from '../shared/my-notes-id.ts';
import { commonWordsFromText } from '../shared/pack/common-words-text.ts';
import { openPackStore } from '../shared/pack-store.ts';
import { addCapture, type CaptureInput, emptyMyNotes } from './draft-to-pack.ts';

export function saveCapture(input: CaptureInput): Promise<WriteOutcome> {
  return oneWriterAtATime(async () => {
    const store = await openPackStore();
    try {
      const next = addCapture((await store.get(MY_NOTES_ID)) ?? emptyMyNotes(input.capturedOn), input);
      return await writeMyNotes(store, next, commonWordsFromText(commonWordsText));
    } finally {
      store.close();
    }
  });
}
