for (const k of ["A", "B", "C"]) console.log(k, JSON.stringify(process.env[k]));
