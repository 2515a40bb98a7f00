// Halves of a divided country named with their shared rest elided: "North and South Korea".
import { describe, expect, it } from 'vitest';
import { codedActors } from './coded-actors.js';

describe('a compass word joined by "and" to the other half of a divided country', () => {
  it('is the first half, and owns a role before it with the second', () => {
    // Dev gold (the Panmunjom summit, 2018-04-27): both leaders agreed.
    expect(codedActors('The leaders of North and South Korea agreed Friday to pursue a permanent peace and the complete denuclearisation of the divided peninsula.', '2018-04-27'))
      .toEqual(['leaders of North=PRKGOV', 'South Korea=KORGOV']);
    expect(codedActors('Talks between South and North Korea resumed.', '2018-04-27')).toEqual(['South=KOR', 'North Korea=PRK']);
  });

  it('is nothing of the kind before a country that is no half', () => {
    expect(codedActors('North and Japan met.', '2018-04-27')).toEqual(['Japan=JPN']);
  });
});
