export class Service {
  constructor(private readonly name: string) {}
  describe(): string { return this.name; }
}
