console.log("side effect" as string);
export {};
