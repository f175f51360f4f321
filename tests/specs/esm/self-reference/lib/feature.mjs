export default 'self feature';
