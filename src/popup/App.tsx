import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '../platform/send';
import { buildChecklist } from '../core/checklist';
import type { State } from '../core/messages';
import type { StepId } from '../core/steps';
import { Checklist } from './Checklist';
import { ConnectionTest } from './ConnectionTest';
import { Credentials } from './Credentials';
import { Rehearsal } from './Rehearsal';
import { extensionVersion, hasHostAccess, openTab, requestHostAccess } from './platform';
import type { ReportContext, Run } from './types';

type Loaded = { state: State; hostAccess: boolean };

export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [checklistError, setChecklistError] = useState<string | null>(null);
  const [typedToken, setTypedToken] = useState('');

  // One state read, and a permission check (no network), before anything real is drawn.
  useEffect(() => {
    void Promise.all([send({ type: 'popup/get-state' }), hasHostAccess()]).then(([reply, hostAccess]) => {
      if (reply.ok) setLoaded({ state: reply.state, hostAccess });
      else setLoadError(reply.message);
    });
  }, []);

  const run: Run = useCallback(async (label, task) => {
    setBusy(label);
    try {
      await task();
    } finally {
      setBusy(null);
    }
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

  const { state, hostAccess } = loaded;
  const setState = (next: State) => setLoaded((l) => (l ? { ...l, state: next } : l));
  // Results arrive after a wait: merge into the latest state, not the one this render saw.
  const patchState = (patch: Partial<State>) => setLoaded((l) => (l ? { ...l, state: { ...l.state, ...patch } } : l));

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
        setChecklistError(granted ? null : 'Access was not granted. The extension cannot help on those sites without it.');
      },
      (error: unknown) => setChecklistError(`Could not ask for access: ${(error as Error)?.message ?? error}`),
    );
  };

  const report: ReportContext = {
    version: extensionVersion(),
    baseUrl: state.baseUrl,
    secrets: typedToken ? [typedToken] : [],
  };

  return (
    <main>
      <header>
        <h1>SCIM Setup Assistant</h1>
        <p class="hint">JumpCloud → Trelica user provisioning</p>
        <p role="status" class="busy">
          {busy ?? ''}
        </p>
      </header>
      <Checklist
        items={buildChecklist({ ...state, hostAccess })}
        error={checklistError}
        onTick={tick}
        onGrant={grant}
        onOpen={openTab}
      />
      <Credentials
        state={state}
        busy={busy !== null}
        run={run}
        onState={setState}
        typedToken={typedToken}
        onTypedToken={setTypedToken}
      />
      <ConnectionTest
        result={state.lastConnectionTest}
        busy={busy !== null}
        run={run}
        onResult={(result) => patchState({ lastConnectionTest: result })}
        report={report}
      />
      <Rehearsal
        result={state.lastRehearsal}
        testEmail={state.testEmail}
        busy={busy !== null}
        run={run}
        onResult={(result) => patchState({ lastRehearsal: result })}
        report={report}
      />
    </main>
  );
}
