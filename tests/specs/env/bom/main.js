console.log(process.env.FIRST, process.env.SECOND, Object.keys(process.env).some((k) => k.includes("\ufeff")));
