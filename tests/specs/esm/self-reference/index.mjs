export default 'self index';
