throw { a: 1, nested: { b: [1, 2] } };
