# Every kind of loaded file is watched: ES modules, TypeScript and JSON (reported by the ESM
# loader through internal/watch_report), and CommonJS from an ES module.
source "$(dirname "$0")/lib.sh"
echo 'export const n: number = 1;' > value.ts
echo '{ "v": "a" }' > data.json
echo 'module.exports = "x";' > legacy.cjs
cat > app.mjs <<'JS'
import { n } from './value.ts';
import data from './data.json' with { type: 'json' };
import legacy from './legacy.cjs';
console.log('run', n, data.v, legacy);
setInterval(() => {}, 1000);
JS
start_watch --watch app.mjs
wait_for out.txt "run 1 a x"
echo 'export const n: number = 2;' > value.ts
wait_for out.txt "run 2 a x"
echo '{ "v": "b" }' > data.json
wait_for out.txt "run 2 b x"
echo 'module.exports = "y";' > legacy.cjs
wait_for out.txt "run 2 b y"
stop_watch
