// JSON.stringify(buffer) uses toJSON: { type: 'Buffer', data: [...] }, which from() reads back.
const json = JSON.stringify({ payload: Buffer.from('hi') });
console.log(json, JSON.stringify(Buffer.alloc(0)));
console.log(Buffer.from(JSON.parse(json).payload));
