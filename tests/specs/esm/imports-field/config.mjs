export default 'config (import)';
