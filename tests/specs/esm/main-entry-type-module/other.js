export default 'type module .js';
