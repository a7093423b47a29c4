import { describe, expect, it } from 'vitest';
import { classifySource } from '../../src/extract/speakers.js';
import { quoteWith, quotesOf } from './helpers.js';

describe('speakers', () => {
  it('classifies source mentions', () => {
    expect(classifySource('he').kind).toBe('pronoun');
    expect(classifySource('Ms Hewitt').kind).toBe('name');
    expect(classifySource('one Red Wall MP').kind).toBe('description');
    expect(classifySource('Downing Street sources').kind).toBe('description');
  });

  it('names an organisation speaker', () => {
    const q = quoteWith('The Tories said the plan was desperate and unfunded.', 'desperate');
    expect(q.speakerType).toBe('organisation');
    expect(q.speaker).toBe('Conservative Party');
  });

  it('describes an unnamed speaker as anonymous', () => {
    const q = quoteWith('One Red Wall MP told the PA news agency a key concern was growth.', 'key concern');
    expect(q.speakerType).toBe('anonymous');
    expect(q.speaker).toBe('a Red Wall MP');
    expect(q.channel?.text).toBe('the PA news agency');
  });

  it('takes the bare name of a comma appositive over an employer named in the description', () => {
    const text = 'A spokesman for Exxon, Tom Hill, said the deal was dead. "We will not sign it."';
    expect(quoteWith(text, 'deal was dead').speaker).toBe('Tom Hill');
    expect(quoteWith(text, 'will not sign').speaker).toBe('Tom Hill');
  });

  it('leaves the first person outside quotation marks to the unnamed writer', () => {
    const text = 'Mayor Ann Lee opened the new bridge on Monday.\n\nI suspect the bridge will need repairs within a decade.';
    const q = quoteWith(text, 'will need repairs');
    expect(q.source?.text).toBe('I');
    expect(q.speaker).toBeNull();
  });

  it('resolves "the Chancellor" to the person the article gave that role', () => {
    const text = 'Chancellor Rachel Reeves delivered the Budget.\n\nThe Chancellor said growth would return next year.';
    expect(quoteWith(text, 'growth would return').speaker).toBe('Rachel Reeves');
  });

  it('reads transcript labels as speakers', () => {
    const q = quoteWith('WALLACE: Will she be at the debate tomorrow night?', 'debate');
    expect(q.source?.text).toBe('WALLACE');
    expect(q.kind).toBe('direct');
  });
  it('does not read an editorial label ("CLARIFICATION:") as a speaker', () => {
    expect(quotesOf('CLARIFICATION: An earlier version of this story misstated the budget.').some((q) => q.source?.text === 'CLARIFICATION')).toBe(false);
  });

  it('does not take an upper-case run-in heading for the antecedent of a pronoun', () => {
    const text = 'Dana Price runs the county audit office.\n\nBUDGET WOES DEEPEN — She said the fund would run dry by March.';
    expect(quoteWith(text, 'fund would run dry').speaker).toBe('Dana Price');
  });
  it('reads a leading "Said X:" as cue and source', () => {
    const q = quoteWith('Dana Price audits the county.\n\nSaid Price: “Nobody has read the appendix.”', 'Nobody has read');
    expect(q.cue?.text).toBe('Said');
    expect(q.source?.text).toBe('Price');
    expect(q.speaker).toBe('Dana Price');
  });
});

describe('a bracketed party tag after a name', () => {
  it('is not taken for the speaker\'s name ("Rep. Gwen Moore (D-Wis.) said")', () => {
    expect(quoteWith('“It is a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday.', 'dog whistle').speaker).toBe('Gwen Moore');
  });
});

describe('a sentence-opening "Said X:" inside a paragraph', () => {
  it('reads the cue and source before the colon', () => {
    const q = quoteWith('Experts say the code would get more complicated. Said Ellis: “I do not get the sense she is interested in reform.”', 'interested in reform');
    expect(q.source?.text).toBe('Ellis');
    expect(q.cue?.text).toBe('Said');
  });
});

describe('a paragraph ending in "X reports:"', () => {
  it('gives the quotation opening the next paragraph its cue and source', () => {
    const q = quoteWith('The Daily Ledger reports:\n\n"Only a quarter of the donors have given $200 or less this year."', 'quarter of the donors');
    expect(q.source?.text).toBe('The Daily Ledger');
    expect(q.cue?.text).toBe('reports');
  });

  it('resolves a relative pronoun with a contracted auxiliary ("who’s called for") to its antecedent', () => {
    const q = quoteWith('It is an issue, with Hillary Clinton — who’s called for big tax hikes on the rich — attacking the plan.', 'big tax hikes');
    expect(q.source?.text).toBe('who’s');
    expect(q.speaker).toBe('Hillary Clinton');
  });

  it('resolves a personal pronoun with a contracted auxiliary ("she’s said") to its antecedent', () => {
    const q = quoteWith('Anna Price opposes the dam. She’s said the valley would flood.', 'valley');
    expect(q.source?.text).toBe('She’s');
    expect(q.speaker).toBe('Anna Price');
  });
});

describe('"who" after a name set off by ", not"', () => {
  it('goes to the name before the contrast', () => {
    const q = quoteWith('Party officials insist it was in fact Mr Hollis, not Mr Carver, who told reporters he was quitting the board.', 'quitting');
    expect(q.speaker).toBe('Hollis');
  });
});

describe('a list line opening with a capitalised verb in -s', () => {
  it('names nobody ("Keeps saying ..."), while a surname before its finite cue stays a name', () => {
    const text = 'Picture a mayor who:\n\nKeeps saying the budget is balanced, when the books show a deficit.\n\nPraises the council in public, and insults its members in private.';
    const q = quoteWith(text, 'the budget is balanced');
    expect(q.speaker).toBeNull();
    const name = quoteWith('The report came out on Monday.\n\nHarris says that the budget is balanced.', 'the budget is balanced');
    expect(name.speaker).toBe('Harris');
  });

  it('keeps a described source after "!”" or "?”" with its quotation ("Hill’s sister, state Del. Mary Hill (D-Dover), shouted")', () => {
    const text = '“Build the bridge now, Tom Hill!” Hill’s sister, state Del. Mary “Mimi” Hill (D-Dover), shouted to the crowd.';
    const q = quoteWith(text, 'Build the bridge');
    expect(q.cue?.text).toBe('shouted');
    expect(q.speaker).toBe('Mary Hill');
    expect(quoteWith('“Why now?” The senator asked.', 'Why now').source?.text).toBe('The senator');
    // ('“Enough.” Voters viewed it as a failure and rejected it.': a verb among the words ends the subject.)
    // (With nobody to continue, the bare quotation may be dropped altogether; it must not take 'viewed'.)
    const enough = quotesOf('The mayor spoke. “Enough!” Voters viewed the plan as a failure and rejected it at once.').find((x) => x.content.text.includes('Enough'));
    expect(enough?.cue ?? null).toBeNull();
  });

  it('reads "Del." as a delegate’s title, but ", Del." as the state ending its sentence', () => {
    expect(quoteWith('State Del. Ann Cole said the bridge would open in May.', 'bridge').speaker).toBe('Ann Cole');
    expect(quoteWith('The firm moved to Dover, Del. The mayor said it would stay.', 'would stay').source?.text).toBe('The mayor');
  });
});

describe('a title abbreviation before a name', () => {
  it('is no part of the name ("Gov. Tom Hale")', () => {
    expect(quoteWith('Gov. Tom Hale said the bridge would open in May.', 'bridge').speaker).toBe('Tom Hale');
  });

  it('gives the role a later description names ("the Ohio senator", "the governor")', () => {
    const senator = 'Sen. Tom Hale (R-Ohio) said the bill was dead. In June, the Ohio senator called on colleagues to oppose it.';
    expect(quoteWith(senator, 'colleagues to oppose').speaker).toBe('Tom Hale');
    const governor = 'Gov. Ann Cole said the bill was dead. The governor said she would veto it.';
    expect(quoteWith(governor, 'veto it').speaker).toBe('Ann Cole');
  });
});

describe('a pronoun after an unnamed speaker', () => {
  it('takes the speaker described as one person ("A spokeswoman for the council ... She added")', () => {
    const text = 'Mr Hale criticised the scheme. A spokeswoman for the council said the plan was sound. She added that work would start in May.';
    expect(quoteWith(text, 'work would start').speaker).toBe('A spokeswoman for the council');
    const he = 'Mr Hale criticised the scheme. A council spokesman said the plan was sound. "We will start in May," he added.';
    expect(quoteWith(he, 'start in May').speaker).toBe('A council spokesman');
  });

  it('yields to a name in a later sentence, not to one inside its own ("criticised Mr Hale\'s record")', () => {
    const later = 'A party spokesman said the vote was fair. The film showed the rift between Mr Hale and his staff. He denied wanting to lead.';
    expect(quoteWith(later, 'wanting to lead').speaker).toBe('Hale');
    const own = 'A party spokesman criticised Mr Hale\'s record, saying crime had risen. He said: "The figures speak for themselves."';
    expect(quoteWith(own, 'figures speak').speaker).toBe('A party spokesman');
  });

  it('skips a spokeswoman for "he", and a plural or definite description', () => {
    const text = 'Mr Hale criticised the scheme. A spokeswoman for the council said the plan was sound. "We will start in May," he added.';
    expect(quoteWith(text, 'start in May').speaker).toBe('Hale');
    const plural = 'Mr Hale criticised the scheme. Council sources said the plan was sound. "We will start in May," he added.';
    expect(quoteWith(plural, 'start in May').speaker).toBe('Hale');
  });
});

describe('a definite role and a deputy', () => {
  it('does not take the deputy for the office ("Deputy Mayor Ann Cole" is not "the mayor")', () => {
    const text = 'Deputy Mayor Ann Cole opened the depot. The mayor said the bus lanes would stay.';
    expect(quoteWith(text, 'bus lanes').speaker).not.toBe('Ann Cole');
    const deputy = 'Deputy Mayor Ann Cole opened the depot. The deputy mayor said the bus lanes would stay.';
    expect(quoteWith(deputy, 'bus lanes').speaker).toBe('Ann Cole');
  });
});

describe('a source with a post-modifier or a list after its head', () => {
  it('reads the speaker from the head of a source, not from the place or date after it', () => {
    expect(quoteWith('Tax lawyers in the Netherlands said the levy was unworkable.', 'levy').speaker).toBe('Tax lawyers in the Netherlands');
    expect(quoteWith('Maria Lopez at the Denver Post said the recount was over.', 'recount').speaker).toBe('Maria Lopez');
    expect(quoteWith('Owen Price of the Ramblers Association said the path would close.', 'path').speaker).toBe('Owen Price');
    expect(quoteWith('A Harlow University study published in early June found that rents had doubled.', 'rents').speaker).toBe('Harlow University');
    expect(quoteWith('A spokesman for Unison said the offer was too low.', 'offer').speaker).toBe('Unison');
  });

  it('keeps the head of a list as the speaker, not the members the list names', () => {
    const q = quoteWith('Several farm groups, including the Dairy Council, said the tariff would hurt exports.', 'tariff');
    expect(q.speakerType).toBe('anonymous');
  });
});

describe('a noun of kinship or a -woman form before a name or heading its description', () => {
  it('gives the person its sex for a later pronoun ("said 9/11 widow Terry Strada")', () => {
    const widow = 'Tom Hale spoke first. The fund was empty, said flood widow Terry Marsh. She added that nobody had called.';
    expect(quoteWith(widow, 'nobody had called').speaker).toBe('Terry Marsh');
    const husband = 'Ann Cole spoke first. Robin Hale, the husband of the mayor, said the road was unsafe. He added that it flooded.';
    expect(quoteWith(husband, 'it flooded').speaker).toBe('Robin Hale');
  });
});
