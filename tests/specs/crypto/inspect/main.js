// util.inspect of Hash, Hmac, Cipheriv and Decipheriv objects.
const crypto = require('crypto');
console.log(crypto.createHash('sha256'));
console.log(crypto.createHmac('sha256', 'k'));
console.log(crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)));
console.log(crypto.createDecipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12)));
