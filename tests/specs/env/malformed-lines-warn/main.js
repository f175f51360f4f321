for (const k of ["A", "B", "C", "D"]) console.log(k, JSON.stringify(process.env[k]));
