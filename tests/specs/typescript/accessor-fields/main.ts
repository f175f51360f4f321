// `accessor` fields (auto-accessors), which V8 10.2 cannot parse, run as getter/setter pairs.
class Settings {
  accessor theme: string = 'dark';
  static accessor instances = 0;
  accessor #secret = 42;
  constructor() { Settings.instances++; }
  reveal(): number { return this.#secret; }
}
const settings = new Settings();
settings.theme = 'light';
console.log(settings.theme, Settings.instances, settings.reveal(), Object.keys(settings));
console.log(typeof Object.getOwnPropertyDescriptor(Settings.prototype, 'theme')?.get);
