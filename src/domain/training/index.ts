// Pure training rules: fields of study and their science-and-technology classification, courses, the
// local training-support policy, and the register of exemplary collectives and individuals.
export * from './fields.js';
export * from './courses.js';
export * from './support.js';
export * from './exemplars.js';
export * from './plan.js';
export * from './levels-at.js';
