import { describe, expect, it } from 'vitest';
import { activationProblem, answerProblem, statusChangeProblem, todayInFinland } from './partnership-rules.js';
import { PartnershipStatus, ProjectStatus } from './project-enums.js';

describe('the joint-project rule', () => {
  it('refuses to activate a 2024+ employment-policy project with one implementing organisation', () => {
    expect(activationProblem({ employmentPolicy: true, startsOn: '2024-01-01' }, 1)).toMatch(/fewer than 2 implementing organisations \(it has 1\)/);
    expect(activationProblem({ employmentPolicy: true, startsOn: null }, 1)).not.toBeNull();
  });

  it('lets it become active with two', () => {
    expect(activationProblem({ employmentPolicy: true, startsOn: '2025-03-01' }, 2)).toBeNull();
  });

  it('does not apply before 2024 or outside employment policy', () => {
    expect(activationProblem({ employmentPolicy: true, startsOn: '2023-12-31' }, 1)).toBeNull();
    expect(activationProblem({ employmentPolicy: false, startsOn: '2025-01-01' }, 1)).toBeNull();
  });
});

describe('project status changes', () => {
  it('go forward only', () => {
    expect(statusChangeProblem(ProjectStatus.PLANNED, ProjectStatus.ACTIVE)).toBeNull();
    expect(statusChangeProblem(ProjectStatus.ACTIVE, ProjectStatus.CLOSED)).toBeNull();
    expect(statusChangeProblem(ProjectStatus.CLOSED, ProjectStatus.ACTIVE)).toMatch(/closed project cannot become active/);
    expect(statusChangeProblem(ProjectStatus.ACTIVE, ProjectStatus.PLANNED)).not.toBeNull();
  });
});

describe('the invitation handshake', () => {
  it('answers pending invitations only', () => {
    expect(answerProblem(PartnershipStatus.INVITED)).toBeNull();
    expect(answerProblem(PartnershipStatus.DECLINED)).toMatch(/this one is declined/);
    expect(answerProblem(PartnershipStatus.ACCEPTED)).not.toBeNull();
  });
});

describe('today in Finland', () => {
  it('is the Helsinki calendar day, not the UTC one', () => {
    expect(todayInFinland(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04-01');
    expect(todayInFinland(new Date('2026-03-31T12:00:00Z'))).toBe('2026-03-31');
  });
});
