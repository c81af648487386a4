import { describe, expect, it } from 'vitest';
import { roadmapState } from './roadmap.js';

describe('roadmapState', () => {
  it('no milestone done: 0%, not started', () => {
    expect(roadmapState([{ done_on: null }, { done_on: null }])).toEqual({ progress: 0, anyDone: false, allDone: false, lastDoneOn: null });
  });
  it('the share done, rounded down so only all done is 100%', () => {
    const s = roadmapState([{ done_on: '2026-03-01' }, { done_on: null }, { done_on: null }]);
    expect(s).toEqual({ progress: 33, anyDone: true, allDone: false, lastDoneOn: '2026-03-01' });
    expect(roadmapState([{ done_on: '2026-03-01' }, { done_on: '2026-03-02' }, { done_on: null }]).progress).toBe(66);
  });
  it('all done: 100%, completed on the latest date even when marked out of order', () => {
    expect(roadmapState([{ done_on: '2026-05-09' }, { done_on: '2026-04-01' }])).toEqual({
      progress: 100,
      anyDone: true,
      allDone: true,
      lastDoneOn: '2026-05-09',
    });
  });
  it('an empty roadmap is never done', () => {
    expect(roadmapState([])).toMatchObject({ progress: 0, allDone: false });
  });
});
