// BroadcastChannel: every other channel of the same name, in any thread, gets the message.
const { Worker, BroadcastChannel, isMainThread } = require('worker_threads');
if (isMainThread) {
  const channel = new BroadcastChannel('news');
  const local = new BroadcastChannel('news');
  local.onmessage = (event) => console.log('local got', event.data);
  channel.onmessage = (event) => {
    console.log('main got', event.data);
    channel.close();
    local.close();
  };
  const worker = new Worker(__filename);
  worker.on('exit', (code) => console.log('exit', code));
  console.log(channel.name);
} else {
  const channel = new BroadcastChannel('news');
  channel.postMessage('from worker');
  channel.close();
}
