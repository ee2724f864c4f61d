// The names of the buttons the content scripts add to the consoles: what the admin reads and
// clicks, and what the tests and the walkthrough look for (by accessible name, as a user would).
export const SEND_TO_EXTENSION = 'Send to the extension';
export const FILL_FROM_TRELICA = 'Fill from Trelica';
export const TURN_OFF_GROUP_MANAGEMENT = 'Turn off Group Management';
export const FIND_OUT_WHY = 'Find out why';
export const UNTICK_PUSH_GROUPS = 'Untick Push Groups';
export const ENABLE_TO_APP = 'Enable Create, Update and Deactivate';
export const SET_ENABLED_NO = 'Set Enabled to No';
