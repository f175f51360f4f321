console.log(process.env.A, process.env.B);
