// Who may send what. Pure, so every rule is unit-tested; the background feeds it the
// runtime's MessageSender. A message from anywhere else is refused before it is read further.
import { isEntraFrameUrl, isEntraShellUrl, isJumpCloudUrl, isOktaAdminUrl, isTrelicaUrl } from './hosts';

export type SenderKind = 'trelica' | 'jumpcloud' | 'okta' | 'entra' | 'extension';

/** Each console's top-frame pages, and its name for a refusal (Entra's frames: entraProblem). */
const SITES: Readonly<Record<Exclude<SenderKind, 'extension'>, { on: (url: string) => boolean; name: string }>> = {
  trelica: { on: isTrelicaUrl, name: 'Trelica' },
  jumpcloud: { on: isJumpCloudUrl, name: 'JumpCloud' },
  okta: { on: isOktaAdminUrl, name: 'Okta admin console' },
  entra: { on: isEntraShellUrl, name: 'Microsoft Entra admin center' },
};

/** The parts of runtime.MessageSender the rules read. */
export interface Sender {
  /** The extension that sent it. */
  id?: string | undefined;
  /** The frame's URL. */
  url?: string | undefined;
  /** The frame's origin (Chrome only), harder to spoof than url. */
  origin?: string | undefined;
  /** The sending document (Chrome; Firefox may leave it out). */
  documentId?: string | undefined;
  /** 0 is the top frame. */
  frameId?: number | undefined;
  /** Set for content scripts; unset for the popup opened as a popup. */
  tab?: { id?: number | undefined; url?: string | undefined } | undefined;
}

export interface OwnExtension {
  id: string;
  /** runtime.getURL(''): "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
  baseUrl: string;
}

/** null when the sender may send a message of this kind; otherwise why not. */
export function senderProblem(kind: SenderKind, sender: Sender, own: OwnExtension): string | null {
  if (sender.id !== own.id) return 'sent by another extension';
  const url = sender.url ?? '';
  if (kind === 'extension') {
    return url.startsWith(own.baseUrl) ? null : 'not sent by an extension page';
  }
  if (sender.tab?.id === undefined) return 'not sent from a tab';
  // Entra ID renders its blades in cross-origin frames under its shell: any frame on a blade
  // host may speak, as long as the tab it is in (when the browser says: with the shell's host
  // granted it does) shows the shell.
  if (kind === 'entra' && isEntraFrameUrl(url)) {
    const tabUrl = sender.tab.url;
    if (tabUrl !== undefined && !isEntraShellUrl(tabUrl)) return 'not sent from a Microsoft Entra admin center tab';
  } else {
    if (sender.frameId !== 0) return 'not sent from the top frame';
    const site = SITES[kind];
    if (!site.on(url)) return `not sent from a ${site.name} page`;
  }
  if (sender.origin !== undefined && sender.origin !== new URL(url).origin) return 'origin and URL disagree';
  return null;
}
