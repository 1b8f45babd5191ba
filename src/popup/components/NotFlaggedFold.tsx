import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';

interface NotFlaggedFoldProps {
  count: number;
  open: boolean;
  onToggle: () => void;
  /** The rows, shown when open. */
  children: ComponentChildren;
}

/**
 * One line standing for the companies our sources do not flag, a disclosure button that shows them
 * (https://www.w3.org/WAI/ARIA/apg/patterns/disclosure/): its expanded state is announced, and the
 * list it controls stays in the page, hidden, while folded.
 */
export function NotFlaggedFold({ count, open, onToggle, children }: NotFlaggedFoldProps) {
  const fold = useRef<HTMLDivElement>(null);
  // The fold sits at the bottom of a scrolling list: bring what was just shown into view.
  useEffect(() => {
    if (open) fold.current?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  }, [open]);
  return (
    <div class="fold" ref={fold}>
      <button
        type="button"
        class="fold-toggle"
        id="not-flagged-toggle"
        aria-expanded={open}
        aria-controls="not-flagged-list"
        onClick={onToggle}
      >
        <span class="fold-chevron" aria-hidden="true" />
        <span class="fold-label">
          {t(count === 1 ? 'popupNotFlaggedOne' : 'popupNotFlaggedMany', String(count))}
        </span>
      </button>
      <ul class="company-list" id="not-flagged-list" aria-labelledby="not-flagged-toggle" hidden={!open}>
        {children}
      </ul>
    </div>
  );
}
