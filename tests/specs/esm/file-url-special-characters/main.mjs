import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
// The same file reached by a relative specifier and by url.pathToFileURL() is one module,
// whose URL is written as pathToFileURL writes it.
const dir = `${import.meta.dirname}/lib`;
for (const name of readdirSync(dir).sort()) {
  const viaURL = await import(pathToFileURL(`${dir}/${name}`).href);
  const relative = `./lib/${name.replace(/%/g, '%25').replace(/\?/g, '%3F').replace(/#/g, '%23')}`;
  const viaRelative = await import(relative);
  console.log(JSON.stringify(name), viaURL.url.slice(viaURL.url.lastIndexOf('/') + 1),
              viaURL === viaRelative);
}
