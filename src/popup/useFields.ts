import { useEffect, useRef, useState } from 'preact/hooks';
import { send } from './send';
import { fieldsOf, type PopupFields } from '../core/fields';
import type { State } from '../core/messages';
import { tokenFingerprint } from '../core/tested';

/** How long typing may pause before the fields are kept. */
export const KEEP_AFTER_MS = 400;

export interface Fields {
  values: PopupFields;
  /** tokenFingerprint() of the typed token, once computed; null when none is typed. */
  typedFingerprint: string | null;
  set(field: keyof PopupFields, value: string): void;
  /** Keeps pending edits now (a field's change event, the popup closing). */
  flush(): void;
}

/**
 * The popup's fields, kept without a Save step: each edit is sent to the background after a
 * short pause in typing, at once when a field is left, and when the popup closes. What the
 * background answers updates the stored state; it never rewrites what the admin is typing.
 */
export function useFields(initial: State, onState: (state: State) => void): Fields {
  const [values, setValues] = useState<PopupFields>(() => fieldsOf(initial));
  const [typedFingerprint, setTypedFingerprint] = useState<string | null>(null);
  const pending = useRef<Partial<PopupFields>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onStateRef = useRef(onState);
  onStateRef.current = onState;

  const flush = () => {
    clearTimeout(timer.current);
    const edits = pending.current;
    pending.current = {};
    if (Object.keys(edits).length === 0) return;
    void send({ type: 'popup/set-credentials', ...edits }).then((reply) => {
      if (reply.ok) onStateRef.current(reply.state);
    });
  };

  const set = (field: keyof PopupFields, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    pending.current = { ...pending.current, [field]: value };
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, KEEP_AFTER_MS);
  };

  // A closing popup gets no more timers: keep what is pending as it goes.
  useEffect(() => {
    const onHide = () => flush();
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      clearTimeout(timer.current);
    };
  }, []);

  useEffect(() => {
    let live = true;
    if (!values.token.trim()) setTypedFingerprint(null);
    else void tokenFingerprint(values.token).then((fp) => live && setTypedFingerprint(fp));
    return () => {
      live = false;
    };
  }, [values.token]);

  return { values, typedFingerprint, set, flush };
}
