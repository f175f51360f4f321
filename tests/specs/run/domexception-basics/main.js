const e = new DOMException('not here', 'NotFoundError');
console.log(e.name, e.message, e.code, e instanceof Error, e instanceof DOMException);
console.log(DOMException.NOT_FOUND_ERR, DOMException.ABORT_ERR, DOMException.TIMEOUT_ERR, e.DATA_CLONE_ERR);
console.log(new DOMException().name, JSON.stringify(new DOMException().message), new DOMException('x', 'Custom').code);
const withCause = new DOMException('m', { name: 'AbortError', cause: 'the cause' });
console.log(withCause.name, withCause.code, withCause.cause);
console.log(Object.prototype.toString.call(e), String(e));
