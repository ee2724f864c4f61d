// The first content script on every console page, at document_start: before the page has any
// element, it takes the extension API and keeps it for the other scripts, so no element the
// page adds later (<embed name="chrome">, <form id="browser">) can stand in for it
// (content/extension-api.ts). It does nothing else.
import { keepRuntime } from '../extension-api';

keepRuntime();
