export const name = 'with space';
export const url = import.meta.url;
