import feature from 'self-ref/feature';
export const viaSelf = 'inner sees ' + feature;
