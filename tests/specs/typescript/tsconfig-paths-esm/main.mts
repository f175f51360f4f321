// "paths" inherited through "extends", relative to the config that declares them.
import { hello } from '@app/hello.js';
console.log(hello('esm'));
