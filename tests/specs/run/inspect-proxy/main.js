// Proxies are inspected through their target without running traps.
const { inspect } = require('util');
const proxy = new Proxy({ visible: 1 }, { get() { return 'trapped'; } });
console.log(inspect(proxy));
console.log(inspect(proxy, { showProxy: true }));
const { proxy: revoked, revoke } = Proxy.revocable({}, {});
revoke();
console.log(inspect(revoked));
console.log(inspect(new Proxy([1, 2], {})));
