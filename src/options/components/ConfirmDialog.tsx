import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';

interface Props {
  id: string;
  title: string;
  text: string;
  confirmLabel: string;
  /** Called once, with whether the user confirmed; Escape and Cancel answer no. */
  onClose: (confirmed: boolean) => void;
}

/**
 * A modal question of our own rather than `window.confirm`: it speaks our words and theme, and
 * `showModal()` gives the focus trap, Escape and the return of focus on close.
 * https://html.spec.whatwg.org/multipage/interactive-elements.html#the-dialog-element
 * Cancel takes the focus first, so that a stray Enter changes nothing.
 */
export function ConfirmDialog({ id, title, text, confirmLabel, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const answered = useRef(false);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    return () => element.close();
  }, []);

  const answer = (confirmed: boolean) => {
    if (answered.current) return;
    answered.current = true;
    dialog.current?.close();
    onClose(confirmed);
  };

  return (
    <dialog
      ref={dialog}
      id={id}
      class="confirm"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onClose={() => answer(false)}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-text`}>{text}</p>
      <div class="confirm-actions">
        <button type="button" class="secondary" autofocus onClick={() => answer(false)}>
          {t('optionsCancel')}
        </button>
        <button type="button" class="primary" onClick={() => answer(true)}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
