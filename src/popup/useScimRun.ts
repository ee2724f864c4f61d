import { useState } from 'preact/hooks';
import type { ErrorReply } from '../core/messages';
import type { Run } from './types';

/**
 * One SCIM run asked of the background. A result is stored by the background and handed up; a
 * refusal (no token, no access...) changes nothing stored, so it lives only in the component.
 */
export function useScimRun<R>(
  run: Run,
  label: string,
  request: () => Promise<{ ok: true; result: R } | ErrorReply>,
  onResult: (result: R) => void,
) {
  const [refusal, setRefusal] = useState<ErrorReply | null>(null);
  const start = () =>
    run(label, async () => {
      const reply = await request();
      if (reply.ok) {
        setRefusal(null);
        onResult(reply.result);
      } else {
        setRefusal(reply);
      }
    });
  return { refusal, start };
}
