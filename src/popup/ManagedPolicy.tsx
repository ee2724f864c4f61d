import { describeIgnored, describePolicy } from '../core/policy-text';
import type { PolicyView } from '../core/messages';

/**
 * "Managed by your organization": what IT fixed through device management, in words, and any
 * setting it sent that was ignored (so IT can fix its policy). Nothing without a policy.
 */
export function ManagedPolicy({ policy }: { policy: PolicyView }) {
  const lines = describePolicy(policy, policy.applied);
  const ignored = describeIgnored(policy.ignored);
  if (lines.length === 0 && ignored.length === 0) return null;
  return (
    <section aria-labelledby="policy-heading" class="managed">
      <h2 id="policy-heading">Managed by your organization</h2>
      {lines.length > 0 && (
        <ul aria-label="Settings your organization fixed">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {ignored.length > 0 && (
        <div role="status">
          <p>Settings your organization sent that were ignored (tell your IT):</p>
          <ul>
            {ignored.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
