console.log(require('#util'));
console.log(require('#dep'));
console.log(require('#conditional'));
console.log(require('#features/alpha'));
console.log(require('./lib/nested').fromNested);
