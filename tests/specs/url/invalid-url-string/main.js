// new URL()'s error reads "TypeError: Invalid URL" (Node 20's parser error); the href setter's
// is a Node error with the code in its name.
try { new URL('x'); } catch (e) {
  console.log(String(e));
  console.log(e.stack.split('\n')[0]);
  console.log(e.stack.split('\n')[1].trim().startsWith('at new URL'));
}
try { new URL('http://a').href = 'nope'; } catch (e) { console.log(String(e)); }
