// Public surface of the meetings module: the tasks module shows the meeting a conclusion task
// came from (task.source = 'conclusion', task.source_ref = the conclusion id).
export { meetingOfConclusion } from './meetings.queries.js';
