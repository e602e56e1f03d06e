import { describe, expect, it } from 'vitest';
import { durationOfInterval, intervalOfDuration } from './follow-up-schedule.js';

describe('follow-up schedule durations', () => {
  it('turns ISO durations into intervals and back', () => {
    expect(['P4W', 'P3M', 'P6M', 'P90D'].map(intervalOfDuration)).toEqual(['28 days', '3 months', '6 months', '90 days']);
    expect(['28 days', '3 mons', '6 mons', '90 days', '1 year'].map(durationOfInterval)).toEqual(['P4W', 'P3M', 'P6M', 'P90D', 'P12M']);
  });

  it('refuses anything else with BAD_USER_INPUT', () => {
    for (const bad of ['P0M', '3 months', 'P1Y', 'PT5H', "P1M'; DROP"]) {
      expect(() => intervalOfDuration(bad)).toThrowError(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    }
  });
});
