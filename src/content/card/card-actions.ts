import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Article, Fact } from '../../shared/dataset-types.ts';
import type { RestoreNoteAnswer } from '../../shared/messages.ts';
import type { QuotePlace } from './quote-on-page.ts';

/**
 * What a fact's source controls do, handed down from `start-hover-card.ts` (which can reach the
 * background and the clipboard) to the components deep inside the card.
 */
export interface SourceActions {
  /** Opens the bundled article at the fact's quote, in the extension's source reader. */
  readSource(fact: Fact): void;
  /** Puts the quote with its citation on the clipboard; false when the page or browser refused. */
  copyCitation(fact: Fact, article: Article): Promise<boolean>;
  /** Whether the quote is on the page the card is open on (its captured page), gone from it, or elsewhere. */
  placeOfQuote?(fact: Fact, article: Article): QuotePlace;
  /** Scrolls this page to the quote. */
  scrollToQuote?(fact: Fact): void;
  /** Facts of "My notes" only (`noteFactId`): opens the capture page's edit mode for it. */
  editNote?(fact: Fact): void;
  /** Deletes a fact of "My notes"; resolves to what undoes it, or null when nothing was deleted. */
  deleteNote?(fact: Fact): Promise<string | null>;
  /** Undoes a delete; when it could not, the answer says why. */
  restoreNote?(undo: string): Promise<RestoreNoteAnswer>;
}

/** What the background is asked about the user's notes (content/note-requests.ts). */
export type NoteRequests = Required<Pick<SourceActions, 'editNote' | 'deleteNote' | 'restoreNote'>>;

export const SourceActionsContext = createContext<SourceActions>({
  readSource: () => {},
  copyCitation: async () => false,
});

export const useSourceActions = (): SourceActions => useContext(SourceActionsContext);
