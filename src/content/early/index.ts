// The one content script in the manifest, on every console page at document_start: before the
// page has any element, it takes the extension API and keeps it for the site's script, so no
// element the page adds later (<embed name="chrome">, <form id="browser">) can stand in for it
// (content/extension-api.ts). Then it watches for the signs of a page we serve and asks the
// background to inject the site's script into this document (./start.ts).
import { extensionRuntime, keepRuntime, keptApi } from '../extension-api';
import { startOnSigns } from './start';

keepRuntime();
// The runtime is read from the kept API only to ask for the site's script (extension-api.ts).
startOnSigns(keptApi() ? () => extensionRuntime() : null);
