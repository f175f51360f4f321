// setEnvironmentData() values are copied into workers started afterwards.
const { Worker, isMainThread, setEnvironmentData, getEnvironmentData, parentPort } =
  require('worker_threads');
if (isMainThread) {
  setEnvironmentData('config', { level: 3 });
  setEnvironmentData('gone', 1);
  setEnvironmentData('gone', undefined);
  const worker = new Worker(__filename);
  worker.on('message', (message) => console.log(message));
} else {
  parentPort.postMessage([getEnvironmentData('config'), getEnvironmentData('gone')]);
}
