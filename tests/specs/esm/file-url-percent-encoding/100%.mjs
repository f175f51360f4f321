export const name = import.meta.url;
