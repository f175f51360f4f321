for (let attempt = 1; attempt <= 2; attempt++) {
  try {
    await import('./a.mjs');
  } catch (e) {
    console.log(attempt, e.code);
  }
}
