// Public surface of the commitments module: what the year's evaluation shows of a person's commitment.
export { commitmentForEvaluation } from './commitments.read.service.js';
