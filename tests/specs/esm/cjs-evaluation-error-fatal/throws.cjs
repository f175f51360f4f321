function fail() {
  throw new TypeError('thrown by CommonJS');
}
fail();
