for (const k of ["A", "B", "C", "D", "E"]) console.log(k, process.env[k]);
