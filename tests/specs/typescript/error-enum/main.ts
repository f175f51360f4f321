const ready = true;

enum Color {
  Red,
}
console.log(ready, Color.Red);
