export default function hi() { return 'hi'; }
export const named = 'named';
