console.log("not reached");
