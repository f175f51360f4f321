console.log(require('./number'), require('./string'), require('./null-export'), require('./undefined-export'));
console.log(require('./number') === require('./number'));
