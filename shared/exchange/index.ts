export * from './slip';
export * from './merge';
export * from './seal';
export * from './signing';
