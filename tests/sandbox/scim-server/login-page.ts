// What a SCIM client gets when a session-based front door intercepts it: a sign-in page.

export const LOGIN_PATH = '/login';

export function loginPageHtml(): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>Sign in - Trelica</title></head>',
    '<body><main><h1>Sign in to Trelica</h1>',
    '<form method="post" action="/login">',
    '<label>Email <input type="email" name="email" autocomplete="username"></label>',
    '<button type="submit">Continue</button>',
    '</form></main></body></html>',
  ].join('\n');
}
