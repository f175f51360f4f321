const load = async (specifier) => {
  try {
    return (await import(specifier)).default;
  } catch (e) {
    return `${e.code}: ${e.message}`;
  }
};
console.log(await load('patterns/features/a.js'));
console.log(await load('patterns/features/deep/b.js'));
console.log(await load('patterns/utils/c'));
console.log(await load('patterns/utils/private/secret'));
console.log(await load('patterns/extensionless/d'));
console.log(await load('patterns/exact'));
console.log(await load('patterns/blocked/x'));
console.log(await load('patterns/missing-target'));
console.log(await load('patterns/not-listed'));
console.log(await load('patterns'));
console.log(await load('patterns/package.json'));
