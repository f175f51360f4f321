for (const k of ["A", "B", "C"]) console.log(k, process.env[k]);
