/**
 * The mention shortcuts for a Preact page, read again whenever the page is shown: the user changes
 * them on a browser page of its own and comes back.
 */
import { useEffect, useState } from 'preact/hooks';
import { type MentionShortcut, readMentionShortcuts } from './mention-shortcuts.ts';

export function useMentionShortcuts(doc: Document = document): MentionShortcut[] | undefined {
  const [shortcuts, setShortcuts] = useState<MentionShortcut[]>();
  useEffect(() => {
    const controller = new AbortController();
    const read = () => {
      if (doc.visibilityState === 'hidden') return;
      readMentionShortcuts().then(
        (s) => controller.signal.aborted || setShortcuts(s),
        () => {},
      );
    };
    read();
    doc.addEventListener('visibilitychange', read, { signal: controller.signal });
    return () => controller.abort();
  }, [doc]);
  return shortcuts;
}
