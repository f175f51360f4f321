// swap16/32/64 reverse byte order in place, short and long buffers alike.
for (const size of [16, 32, 64]) {
  const buf = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
  console.log(`swap${size}`, buf[`swap${size}`]());
  const big = Buffer.alloc(256);
  for (let i = 0; i < big.length; i++) big[i] = i;
  big[`swap${size}`]();
  console.log(big.subarray(0, 8), big.subarray(248));
}
for (const size of [16, 32, 64]) {
  try {
    Buffer.alloc(3)[`swap${size}`]();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
