/** What an action said, good or bad. */
export type OutcomeMessage = { ok: boolean; text: string } | null;

/**
 * The status region stays in the document (empty until there is good news) so screen readers
 * announce it when it fills; bad news is an alert, which is announced as it appears.
 */
export function Outcome({ message, inline = false }: { message: OutcomeMessage; inline?: boolean }) {
  const Tag = inline ? 'span' : 'p';
  return (
    <>
      <Tag role="status" class="hint">
        {message?.ok ? message.text : ''}
      </Tag>
      {message && !message.ok && (
        <Tag role="alert" class="error">
          {message.text}
        </Tag>
      )}
    </>
  );
}
