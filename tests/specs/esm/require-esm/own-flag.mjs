export const __esModule = false;
export default 'has its own __esModule';
