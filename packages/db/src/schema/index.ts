export * from './counters.js';
export * from './legal-clock.js';
export * from './organisation.js';
export * from './persons.js';
export * from './petitions.js';
export * from './publications.js';
export * from './timeline.js';
export * from './users.js';
