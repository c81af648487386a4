// Public surface of the commitments module: what the year's evaluation shows of a person's commitment,
// and the fulfilment a general criterion with the source 'commitment' takes its points from.
export { commitmentForEvaluation, commitmentOutcomesOfPeriod } from './commitments.read.service.js';
