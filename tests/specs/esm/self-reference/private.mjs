export default 'private';
