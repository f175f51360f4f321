const first = process.uptime();
console.log(typeof first, first > 0, first < 10);
setTimeout(() => {
  const second = process.uptime();
  console.log(second - first >= 0.04, second - first < 5);
}, 50);
