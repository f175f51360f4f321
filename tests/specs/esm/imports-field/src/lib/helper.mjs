export default 'helper';
