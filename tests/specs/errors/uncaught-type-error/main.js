function foo() { null.x; }
foo();
