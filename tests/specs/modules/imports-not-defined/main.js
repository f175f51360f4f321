for (const request of ['#missing', '#', '#/x']) {
  try {
    require(request);
  } catch (e) {
    console.log(e.name, e.code);
    console.log(e.message.split(__dirname).join('<dir>'));
  }
}
