// Lines keep their numbers after a translated literal (stack traces point at the right line).
const r = /[\p{L}--[a-z]]/v; const e1 = new Error('same line');
const e2 = new Error('next line');
console.log(r.test('A'), e1.stack.split('\n')[1].match(/main\.js:(\d+)/)[1],
            e2.stack.split('\n')[1].match(/main\.js:(\d+):(\d+)/).slice(1).join(':'));
