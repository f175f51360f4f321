// tsconfig's jsxImportSource picks the runtime package; this file is an ES module.
import { version } from './version.ts';
const App = () => <main data-version={version}>app</main>;
console.log(JSON.stringify(<App />), JSON.stringify(App()));
