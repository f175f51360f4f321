// An uncaught crypto error prints as Node prints its C++-made errors: the plain error type,
// the message, the stack and the code.
require('crypto').createCipheriv('aes-128-cbc', Buffer.alloc(15), Buffer.alloc(16));
