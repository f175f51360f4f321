// A timer added by a microtask after the last due timer ran fires on time, even when a much
// later timer is pending (the loop's timer must not be re-armed for the later one).
const start = Date.now();
const late = setTimeout(() => console.log('late timer ran: wrong'), 20000);
setTimeout(() => {
  Promise.resolve().then(() => {
    setTimeout(() => {
      console.log('inner timer on time:', Date.now() - start < 5000);
      clearTimeout(late);
    }, 10);
  });
}, 10);
