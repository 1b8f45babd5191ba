/**
 * An on/off switch: a native checkbox (keyboard, forms and screen readers for free) announced as a
 * switch, named by its visible label.
 */
interface SwitchProps {
  id: string;
  label: string;
  /** A second line under the label, also read as the switch's description. */
  hint?: string | undefined;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

export function Switch({ id, label, hint, checked, disabled = false, onChange }: SwitchProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class="cl-switch-row">
      <label class="cl-switch-label" for={id}>
        <span class="cl-switch-title">{label}</span>
        {hint && (
          <span class="cl-switch-hint" id={hintId}>
            {hint}
          </span>
        )}
      </label>
      <input
        id={id}
        class="cl-switch"
        type="checkbox"
        role="switch"
        aria-checked={checked}
        checked={checked}
        disabled={disabled}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
    </div>
  );
}
