console.log(typeof gc); gc();
