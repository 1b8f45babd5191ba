import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Looks up a user-facing string: `t` from `src/shared/i18n.ts`, handed in by the scanner's script. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

/**
 * The card's strings come through context, not an import of `src/shared/i18n.ts`: the card is a
 * content script of its own (see `card-slot.ts`), and that import would bundle the WebExtension
 * polyfill into it a second time. `Card` provides it; the components inside read it with `useText`.
 * The default shows keys, as `t` does for a missing message, so a gap is visible rather than blank.
 */
export const TextContext = createContext<Translate>((key) => key);

export const useText = (): Translate => useContext(TextContext);
