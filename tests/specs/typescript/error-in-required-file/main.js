try {
  require("./service.ts");
} catch (error) {
  console.log(error.name, error.code);
  console.log(error.message);
}
require("./service.ts");
