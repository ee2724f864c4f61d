import type { ComponentChildren, Ref } from 'preact';

interface Props {
  busy: boolean;
  onClick?: () => void;
  type?: 'button' | 'submit';
  children: ComponentChildren;
  buttonRef?: Ref<HTMLButtonElement>;
  'aria-expanded'?: boolean;
  'aria-controls'?: string | undefined;
}

/**
 * A button that is disabled while the popup is busy, through aria-disabled rather than the
 * disabled attribute: a natively disabled button drops keyboard focus to the page, while this
 * one keeps it, so a keyboard user stays where they were while the work is done.
 */
export function ActionButton({ busy, onClick, type = 'button', children, buttonRef, ...aria }: Props) {
  return (
    <button
      type={type}
      ref={buttonRef}
      aria-disabled={busy ? 'true' : undefined}
      onClick={(event) => {
        if (busy) {
          event.preventDefault();
          return;
        }
        onClick?.();
      }}
      {...aria}
    >
      {children}
    </button>
  );
}
