console.log(process.argv.slice(2), process.env.NOPE_NOT_SET);
