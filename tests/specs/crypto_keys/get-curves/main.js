// getCurves(): OpenSSL's curve names, sorted, without duplicates; a fresh array each call.
const crypto = require('crypto');
const curves = crypto.getCurves();
console.log(curves.length > 50, curves.includes('prime256v1'), curves.includes('secp256k1'),
            curves.includes('secp384r1'), curves.includes('secp521r1'));
console.log(JSON.stringify(curves) === JSON.stringify([...curves].sort()));
console.log(curves.length === new Set(curves).size, crypto.getCurves() !== curves);
console.log(curves.slice(0, 5), curves.length);
