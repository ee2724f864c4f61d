import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { send } from './send';
import { buildChecklist } from '../core/checklist';
import { withFields } from '../core/fields';
import type { State } from '../core/messages';
import type { StepId } from '../core/steps';
import { Checklist } from './Checklist';
import { ConnectionTest } from './ConnectionTest';
import { Credentials } from './Credentials';
import { Rehearsal } from './Rehearsal';
import { ProvisioningCheck } from './ProvisioningCheck';
import { RememberedFields } from './RememberedFields';
import { ManagedPolicy } from './ManagedPolicy';
import { ResetNote } from './ResetNote';
import { JournalNotes, REMOVING } from './JournalNotes';
import {
  extensionVersion,
  hasHostAccess,
  hasIdpAccess,
  openTab,
  privacyPolicyUrl,
  requestHostAccess,
  requestIdpAccess,
} from './platform';
import { IdpPicker } from './IdpPicker';
import { IDP_IDS, type IdpId } from '../core/idp/ids';
import { PROFILES, profileOf } from '../core/idp/profiles';
import { useFields } from './useFields';
import type { ReportContext, Run } from './types';

/** idpAccess: for each IdP whose hosts are asked for at run time, whether they are granted. */
type Loaded = { state: State; hostAccess: boolean; idpAccess: Partial<Record<IdpId, boolean>> };

const RUNTIME_IDPS = IDP_IDS.filter((id) => PROFILES[id].access === 'runtime');

/** Which runtime IdPs' hosts are granted: permission checks only, no network. */
const idpAccessNow = async () =>
  Object.fromEntries(
    await Promise.all(RUNTIME_IDPS.map(async (id) => [id, await hasIdpAccess(PROFILES[id].hostPatterns)] as const)),
  );

export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  // One state read, and a permission check (no network), before anything real is drawn.
  useEffect(() => {
    void Promise.all([send({ type: 'popup/get-state' }), hasHostAccess(), idpAccessNow()]).then(
      ([reply, hostAccess, idpAccess]) => {
        if (reply.ok) setLoaded({ state: reply.state, hostAccess, idpAccess });
        else setLoadError(reply.message);
      },
    );
  }, []);

  if (loadError) {
    return (
      <main>
        <h1>SCIM Setup Assistant</h1>
        <p role="alert" class="error">
          {loadError}
        </p>
      </main>
    );
  }
  if (!loaded) {
    return (
      <main aria-busy="true">
        <h1>SCIM Setup Assistant</h1>
        <p class="hint">Loading…</p>
      </main>
    );
  }
  return <Assistant loaded={loaded} setLoaded={setLoaded} />;
}

interface AssistantProps {
  loaded: Loaded;
  setLoaded: (update: (l: Loaded | null) => Loaded | null) => void;
}

/** The popup once the state is in: fields are hooked here, so they start from that state. */
function Assistant({ loaded, setLoaded }: AssistantProps) {
  const [busy, setBusy] = useState<string | null>(null);
  const [checklistError, setChecklistError] = useState<string | null>(null);
  const { state, hostAccess, idpAccess } = loaded;
  const profile = profileOf(state.idp.chosen);
  const setState = useCallback((next: State) => setLoaded((l) => (l ? { ...l, state: next } : l)), [setLoaded]);
  // Results arrive after a wait: merge into the latest state, not the one this render saw.
  const patchState = (patch: Partial<State>) => setLoaded((l) => (l ? { ...l, state: { ...l.state, ...patch } } : l));
  const fields = useFields(state, setState);
  // What the admin sees in the fields is what the checklist and the verdicts go by.
  const facts = withFields(state, fields.values, fields.typedFingerprint);

  const run: Run = useCallback(
    async (label, task) => {
      setBusy(label);
      try {
        await task();
      } finally {
        setBusy(null);
        // A run may have left a test user, or been cut short by the background's end: the
        // journal says which, whatever the run's own reply was.
        void send({ type: 'popup/get-state' }).then((reply) => {
          if (reply.ok) setLoaded((l) => (l ? { ...l, state: { ...l.state, journal: reply.state.journal } } : l));
        });
      }
    },
    [setLoaded],
  );

  // A test user left by a run cut short goes at once when the token that made it is at hand
  // (the background uses only that one); the popup shows the work and its outcome.
  const tidied = useRef(false);
  useEffect(() => {
    if (tidied.current || state.journal.testUsers.length === 0 || !state.token.present) return;
    tidied.current = true;
    void run(REMOVING, async () => {
      const reply = await send({ type: 'popup/remove-test-users' });
      if (reply.ok) setState(reply.state);
    });
  }, [state.journal.testUsers.length, state.token.present, run, setState]);

  const tick = (step: StepId, done: boolean) => {
    // Ticks are instant and independent: they do not wait for (or block) the busy work.
    void send({ type: 'popup/tick', step, done }).then((reply) => {
      if (reply.ok) {
        setChecklistError(null);
        setState(reply.state);
      } else {
        setChecklistError(`Could not save the tick: ${reply.message}`);
      }
    });
  };

  const grant = () => {
    // No await before request(): the browser grants only inside the click's user gesture.
    requestHostAccess().then(
      (granted) => {
        setLoaded((l) => (l ? { ...l, hostAccess: granted } : l));
        setChecklistError(
          granted ? null : 'Access was not granted. The extension cannot help on those sites without it.',
        );
      },
      (error: unknown) => setChecklistError(`Could not ask for access: ${(error as Error)?.message ?? error}`),
    );
  };

  const grantIdp = () => {
    // As grant(): the request goes out inside the click, before anything is awaited.
    const { id, name, hostPatterns } = profile;
    requestIdpAccess(hostPatterns).then(
      (granted) => {
        setLoaded((l) => (l ? { ...l, idpAccess: { ...l.idpAccess, [id]: granted } } : l));
        setChecklistError(
          granted ? null : `Access to ${name} was not granted. The extension cannot help there without it.`,
        );
      },
      (error: unknown) => setChecklistError(`Could not ask for access: ${(error as Error)?.message ?? error}`),
    );
  };

  const choose = (idp: IdpId) => {
    void send({ type: 'popup/choose-idp', idp }).then((reply) => {
      if (reply.ok) {
        setChecklistError(null);
        setState(reply.state);
      } else setChecklistError(`Could not change the identity provider: ${reply.message}`);
    });
  };

  const report: ReportContext = {
    version: extensionVersion(),
    secrets: fields.values.token.trim() ? [fields.values.token] : [],
    supportContact: state.policy.supportContact,
  };

  return (
    <main>
      <header>
        <h1>SCIM Setup Assistant</h1>
        <p class="hint">{profile.name} → Trelica user provisioning</p>
        <p role="status" class="busy">
          {busy ?? ''}
        </p>
      </header>
      <ResetNote reset={state.resetNote} onState={setState} onError={setChecklistError} />
      <JournalNotes
        journal={state.journal}
        tokenPresent={state.token.present}
        typedToken={fields.values.token}
        busy={busy !== null}
        run={run}
        onState={setState}
      />
      <ManagedPolicy policy={state.policy} />
      <IdpPicker choice={state.idp} policy={state.policy} onChoose={choose} />
      <Checklist
        items={buildChecklist({
          ...facts,
          hostAccess,
          ...(profile.access === 'runtime' ? { idpAccess: idpAccess[profile.id] ?? false } : {}),
        })}
        idpName={profile.name}
        error={checklistError}
        onTick={tick}
        onGrant={grant}
        onGrantIdp={grantIdp}
        onOpen={openTab}
      />
      <Credentials facts={facts} fields={fields} busy={busy !== null} run={run} onState={setState} />
      <ConnectionTest
        facts={facts}
        fields={fields.values}
        busy={busy !== null}
        run={run}
        onResult={(result) => patchState({ lastConnectionTest: result })}
        report={report}
      />
      <Rehearsal
        facts={facts}
        fields={fields.values}
        busy={busy !== null}
        run={run}
        onResult={(result) => patchState({ lastRehearsal: result })}
        report={report}
      />
      {(state.ticked.includes('save') || state.jumpcloud.outcomes.activate?.result === 'success') && (
        <ProvisioningCheck fields={fields.values} busy={busy !== null} run={run} hint={profile.words.provisioned} />
      )}
      <RememberedFields remembered={state.remembered} onState={setState} onError={setChecklistError} />
      <Footer />
    </main>
  );
}

/** The privacy policy, one small link: the stores ask that it be reachable from the extension. */
function Footer() {
  const url = privacyPolicyUrl();
  if (!url) return null;
  return (
    <footer class="hint">
      <a
        href={url}
        target="_blank"
        rel="noreferrer"
        onClick={(event) => {
          event.preventDefault();
          openTab(url);
        }}
      >
        Privacy
      </a>
    </footer>
  );
}
