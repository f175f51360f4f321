export default class Thing { constructor() { this.name = 'thing'; } }
