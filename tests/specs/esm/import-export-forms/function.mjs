export default function hello() { return 'hello'; }
