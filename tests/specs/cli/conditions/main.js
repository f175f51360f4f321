console.log('require', require('pkg'));
import('pkg').then((ns) => console.log('import', ns.default));
