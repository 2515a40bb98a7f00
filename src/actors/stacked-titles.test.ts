// A title that takes its code from what it belongs to ("spokesman") after another role word ("police", "military").
import { describe, expect, it } from 'vitest';
import { codedActors } from './coded-actors.js';

describe('a title after a role word', () => {
  it('takes the role before it, with the owner before both', () => {
    // Dev gold (Golan Heights, 2019-01-21): the spokesman speaks for the Israeli military, and "military" is no adjective here.
    expect(codedActors('In the latest violence, Iranian forces on the Syrian-held side of the Golan Heights shelled Israeli army outposts on the strategic plateau but caused no casualties, an Israeli military spokesman said.', '2019-01-21'))
      .toContain('Israeli military spokesman=ISRMIL');
    expect(codedActors('But an Iranian army spokesman denied “foreign media reports” suggesting there was some kind of coordination between Iran and the United States before the attack.', '2020-01-09'))
      .toContain('Iranian army spokesman=IRNMIL');
    // A police spokesman is police, not government.
    expect(codedActors('Kenyan police spokesman Charles Owino said the attackers fled.', '2014-08-01')).toEqual(['Kenyan police spokesman Charles Owino=KENCOP']);
  });

  it('leaves a role word used as an adjective before another noun alone', () => {
    expect(codedActors('The U.S. provided American military assistance to Ukraine.', '2019-01-21')).toEqual(['U.S.=USA', 'American=USA', 'Ukraine=UKR']);
  });
});
