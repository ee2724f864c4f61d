import { render } from 'preact';

render(<main><h1>SCIM Setup Assistant</h1></main>, document.getElementById('app')!);
