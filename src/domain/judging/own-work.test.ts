import { describe, expect, it } from 'vitest';
import {
  type DecisionBasis,
  type JudgingFacts,
  type OwnWorkConflict,
  decisionBasis,
  judgingConflict,
  mayJudgeTask,
  mayReviewPlan,
} from './own-work.js';

const A = 'person-a';
const B = 'person-b';
const C = 'person-c';

describe('judgingConflict: nobody appraises or decides their own evaluation (Quy định 366-QĐ/TW, Điều 12–13)', () => {
  it.each<[string, JudgingFacts, boolean, OwnWorkConflict | null]>([
    [
      'the organising member appraising her own evaluation',
      { actorPersonId: A, subjectPersonIds: [A], subjectRelativeIds: [] },
      false,
      'own',
    ],
    ['the secretary deciding his own evaluation', { actorPersonId: B, subjectPersonIds: [B], subjectRelativeIds: [] }, true, 'own'],
    [
      'the head of a collective deciding the collective',
      { actorPersonId: A, subjectPersonIds: [C, A], subjectRelativeIds: [] },
      false,
      'own',
    ],
    ['someone else', { actorPersonId: A, subjectPersonIds: [B], subjectRelativeIds: [] }, false, null],
    ['an account without a person record', { actorPersonId: null, subjectPersonIds: [B], subjectRelativeIds: [] }, true, null],
    ['a collective without a head', { actorPersonId: A, subjectPersonIds: [], subjectRelativeIds: [] }, true, null],
    ['a relative, setting off', { actorPersonId: A, subjectPersonIds: [B], subjectRelativeIds: [A] }, false, null],
    ['a relative, setting on', { actorPersonId: A, subjectPersonIds: [B], subjectRelativeIds: [A] }, true, 'relative'],
    ['own wins over relative', { actorPersonId: A, subjectPersonIds: [A], subjectRelativeIds: [A] }, true, 'own'],
  ])('%s', (_name, facts, relatives, want) => {
    expect(judgingConflict(facts, { relatives })).toBe(want);
  });
});

describe('decisionBasis: a standing member is decided by the collective or the level above (Quy định 366-QĐ/TW, Điều 12–13)', () => {
  it.each<[string, string[], string[], DecisionBasis]>([
    ['an ordinary cadre', [], ['commune'], 'individual'],
    ['a standing member, decided by a fellow member', ['commune'], ['commune'], 'collective'],
    ['a standing member, decided by the province', ['commune'], ['province'], 'level_above'],
    ['a standing member, decider at both levels', ['commune'], ['commune', 'province'], 'level_above'],
  ])('%s', (_name, subject, actor, want) => {
    expect(decisionBasis(subject, actor)).toBe(want);
  });
});

describe('mayReviewPlan: a weekly plan is approved or returned by someone else than its author', () => {
  it.each<[string, string | null, string, boolean]>([
    ['own plan', A, A, false],
    ['another member', A, B, true],
    ['an account without a person', null, B, true],
  ])('%s', (_n, actor, author, want) => expect(mayReviewPlan(actor, author)).toBe(want));
});

describe('mayJudgeTask: the appraisal (and due date) of a task is not for its lead or supporting assignees', () => {
  it.each<[string, string | null, { leadId: string | null; supportIds: string[] }, boolean]>([
    ['the lead', A, { leadId: A, supportIds: [] }, false],
    ['a supporting assignee', A, { leadId: B, supportIds: [C, A] }, false],
    ['the manager, not assigned', A, { leadId: B, supportIds: [C] }, true],
    ['an account without a person', null, { leadId: B, supportIds: [] }, true],
    ['a task without a lead', A, { leadId: null, supportIds: [] }, true],
  ])('%s', (_n, actor, task, want) => expect(mayJudgeTask(actor, task)).toBe(want));
});
