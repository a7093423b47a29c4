import { describe, expect, it } from 'vitest';
import { findCues } from '../../src/extract/cues.js';
import { tokenize } from '../../src/extract/tokens.js';
import { quoteWith, quotesOf } from './helpers.js';

const cueTexts = (s: string): string[] => {
  const tokens = tokenize(s, 0, s.length, () => -1);
  return findCues(tokens).map((c) => tokens.slice(c.first, c.last + 1).map((t) => t.text).join(' '));
};

describe('a predicate outside the verb lists heading a that-clause', () => {
  it('reads verbs and predicative adjectives before "that" + clause as cues', () => {
    expect(cueTexts('Local farmers worry that the new dam will flood their fields.')).toEqual(['worry']);
    expect(cueTexts('Inspectors have discovered that the ledgers were altered.')).toEqual(['have discovered']);
    expect(cueTexts('The nurses were frustrated that the ward stayed closed.')).toEqual(['were frustrated']);
    expect(cueTexts('The mayor charges that the council hid the figures.')).toEqual(['charges']);
  });

  it('leaves relative "that", copulas and conjunctions alone', () => {
    expect(cueTexts('The board imposed new fees that cover the repairs.')).toEqual([]);
    expect(cueTexts('The problem is that the roof leaks.')).toEqual([]);
    expect(cueTexts('She left early so that the children could sleep.')).toEqual([]);
  });

  it('reads an -s form after a name in a prepositional phrase as a plural noun', () => {
    expect(cueTexts('Most of the Acme plants that Ms. Ruiz bought last year have since closed.')).toEqual([]);
    expect(cueTexts('Voters in Ohio towns that Mr. Hale visited were unmoved.')).toEqual([]);
  });

  it('turns the clause into a quote of the subject', () => {
    const q = quoteWith('Local farmers worry that the new dam will flood their fields.', 'dam will flood');
    expect(q.source?.text).toBe('Local farmers');
    expect(q.content.text).toBe('the new dam will flood their fields');
  });
});

describe('where a reported clause ends', () => {
  it('stops at a semicolon', () => {
    const q = quoteWith('Ms Dale said the levy would raise £2bn; the Treasury expects less.', 'levy');
    expect(q.content.text).toBe('the levy would raise £2bn');
  });

  it('stops at a non-restrictive "which" and at a comma plus participle', () => {
    expect(quoteWith('Mr Kerr said the bridge was unsafe, which the council denies.', 'bridge').content.text).toBe('the bridge was unsafe');
    expect(quoteWith('The report said the ward was full, contradicting the trust.', 'ward').content.text).toBe('the ward was full');
  });

  it('stops at a "when" clause that closes the sentence, and at ", and when"', () => {
    expect(quoteWith('Ms Kaur said the depot would close in spring, when the new line opens.', 'depot').content.text).toBe('the depot would close in spring');
    expect(quoteWith('He said nurses would get no rise, and when asked why the plan leaves them out, the minister left.', 'nurses').content.text).toBe('nurses would get no rise');
    // (a "when" clause closed by a comma opens the next clause of the report)
    expect(quoteWith('She said the rule is simple, when you start at the firm, you sign the code.', 'rule').content.text).toBe('the rule is simple, when you start at the firm, you sign the code');
  });

  it('keeps "including" and quoted words inside the clause', () => {
    expect(quoteWith('Ms Dale said costs rose, including rents.', 'costs').content.text).toBe('costs rose, including rents');
    const q = quotesOf('He said the plan was "bold; even, frankly, daring" in scope.').find((x) => x.kind === 'mixed');
    expect(q?.content.text).toBe('the plan was "bold; even, frankly, daring" in scope');
  });
});

describe('a contrast after a comma', () => {
  it('ends the reported clause', () => {
    expect(quoteWith('Ms Dale said the levy was fair, but landlords disagree.', 'levy').content.text).toBe('the levy was fair');
    expect(quoteWith('Mr Kerr said rents would fall, while tenants expect a rise.', 'rents').content.text).toBe('rents would fall');
  });
});

describe('a relative pronoun right before the cue', () => {
  it('is the source, resolved to the name it follows', () => {
    const q = quoteWith('The row reached the Harbour Authority, which reported that the pier was closed.', 'pier');
    expect(q.source?.text).toBe('which');
    expect(q.speaker).toBe('Harbour Authority');
    expect(quoteWith('Staff met a builder who said the roof was sound.', 'roof').source?.text).toBe('who');
  });
});

describe('a title-case headline', () => {
  it('reports the capitalised words after its cue', () => {
    const q = quoteWith('Harbour Board Vows To Rebuild The Old Pier.\nThe board met on Monday.', 'Rebuild');
    expect(q.source?.text).toBe('Harbour Board');
    expect(q.content.text).toBe('To Rebuild The Old Pier');
  });
});

describe('a passive cue without "by"', () => {
  it('names no source: its subject is who the report is about', () => {
    const q = quoteWith('Mr Vane was accused of hiding the accounts from the board.', 'hiding');
    expect(q.source).toBeNull();
    expect(q.speaker).toBeNull();
  });

  it('names no source when it is coordinated with an earlier verb ("is a donor and has been mentioned as ...")', () => {
    const q = quoteWith('Ms Lark is a longtime donor to the party and has been mentioned as a possible ambassador.', 'ambassador');
    expect(q.source).toBeNull();
    expect(q.speaker).toBeNull();
  });

  it('keeps the agent of a passive with "by", and a state adjective\'s subject', () => {
    expect(quoteWith('The plan was criticised by Ms Orr as reckless and costly.', 'plan').source?.text).toBe('Ms Orr');
    expect(quoteWith('Ms Orr is worried that the plan will fail.', 'plan will fail').source?.text).toBe('Ms Orr');
  });
});

describe('the subject of a sentence-opening participle cue', () => {
  it('is not a subordinate clause or a participle that opens the sentence', () => {
    expect(quoteWith('While Ms Orr was away, the council met on Monday, saying the budget was balanced.', 'budget').source?.text ?? '').not.toMatch(/^While/);
    expect(quoteWith('Chastened by the defeat, the party met on Monday, saying the budget was balanced.', 'budget').source?.text ?? '').not.toMatch(/^Chastened/);
  });
});

describe('a gerund cue inside a reported clause', () => {
  it('does not cut the clause after an aspect verb or a preposition', () => {
    expect(quoteWith('Ms Orr urged the board to stop blaming the tenants for the damage.', 'blaming').content.text).toBe('the board to stop blaming the tenants for the damage');
    expect(quoteWith('He said the mayor was criticised for suggesting the bridge was safe.', 'mayor').content.text).toBe('the mayor was criticised for suggesting the bridge was safe');
  });

  it('still cuts at a participle set off by a comma', () => {
    expect(quoteWith('She said the budget was fair, adding that rents would fall.', 'budget').content.text).toBe('the budget was fair');
  });
});

describe('a second cue after "and"', () => {
  it('shares the first cue\'s subject and ends its clause ("deplored X and said Y")', () => {
    const qs = quotesOf('The mayor condemned the vandalism in the park and said the culprits would be found.');
    expect(qs.map((q) => q.content.text)).toEqual(['the vandalism in the park', 'the culprits would be found']);
    expect(qs.map((q) => q.source?.text)).toEqual(['The mayor', 'The mayor']);
  });
});

describe('bare plural subjects and plural clause openers', () => {
  it('read "conservationists worry that farmers ..." as a report of the conservationists', () => {
    const q = quoteWith('But conservationists worry that farmers will drain the marsh.', 'drain');
    expect(q.source?.text).toBe('conservationists');
    expect(q.content.text).toBe('farmers will drain the marsh');
  });
  it('still leaves a relative "that" followed by its verb alone', () => {
    expect(quotesOf('The council passed rules that ban parking on the quay.')).toEqual([]);
  });
});

describe('"..., as X said."', () => {
  it('reports the clause before "as"', () => {
    const q = quoteWith('The ferry had left on time, as the operator has said.', 'ferry');
    expect(q.content.text).toBe('The ferry had left on time');
    expect(q.source?.text).toBe('the operator');
  });

  it('reports the clause right before "as", after a comma inside a closing mark and after an earlier report', () => {
    const text = 'Several councillors echo her doubts, mainly because the only test for a permit is a "clean record of payment," as a planning memo put it.';
    const q = quoteWith(text, 'clean record');
    expect(q.source?.text).toBe('a planning memo');
    expect(q.content.text).toBe('mainly because the only test for a permit is a "clean record of payment');
    expect(quoteWith(text, 'doubts').content.text).toBe('her doubts');
  });
});

describe('a free relative "what X called"', () => {
  it('takes X as the source, not the clause before "what"', () => {
    expect(quoteWith('The plan is what the mayor called a costly fudge.', 'fudge').source?.text).toBe('the mayor');
  });
});

describe('a comma inside a closing quotation mark', () => {
  it('ends the clause before a contrast like a comma outside it', () => {
    expect(quoteWith('The mayor is promising lower taxes and “jobs, jobs, jobs,” but she has also raised fees.', 'lower taxes').content.text).toBe('lower taxes and “jobs, jobs, jobs,”');
  });
});

describe('a conjunction before a second "that"', () => {
  it('heads no that-clause of its own ("agreed that A but that B")', () => {
    const text = 'All agreed that the plan would raise taxes on big business but that it would add complexity.';
    expect(quotesOf(text).map((q) => q.source?.text)).toEqual(['All']);
  });
});

describe('an exception after a comma', () => {
  it('ends the reported clause (", aside from saying ...")', () => {
    expect(quoteWith('The governor refuses to discuss the shortlist, aside from saying he wants a diverse bench.', 'shortlist').content.text).toBe('to discuss the shortlist');
  });
});

describe('a concession after a comma', () => {
  it('ends the reported clause (", despite ...", ", even as ...")', () => {
    expect(quoteWith('Aides declined to say whether the mayor would resign, despite weeks of protests outside city hall.', 'resign').content.text).toBe('to say whether the mayor would resign');
    expect(quoteWith('Council members weighed in about whether the bridge should close, even as traffic kept growing.', 'bridge').content.text).toBe('whether the bridge should close');
  });

  it('keeps a "despite" phrase with no comma inside the report', () => {
    expect(quoteWith('The mayor said the bridge would stay open despite the storm.', 'bridge').content.text).toBe('the bridge would stay open despite the storm');
  });
});

describe('a fronted prepositional phrase before ", X verb"', () => {
  it('is the adjunct of the sentence, not what was reported', () => {
    const texts = quotesOf('In the vineyards, many growers feel cheated after the drought.').map((q) => q.content.text);
    expect(texts).not.toContain('In the vineyards');
    expect(quotesOf('Like her late mother, I believe in the value of libraries.').map((q) => q.content.text)).not.toContain('Like her late mother');
  });

  it('keeps a clause before ", X said"', () => {
    expect(quoteWith('The harvest was late this year, the growers said.', 'harvest').content.text).toBe('The harvest was late this year');
  });
});

describe('a report inside an opening subordinate clause', () => {
  it('ends at the comma that closes the clause', () => {
    expect(quoteWith('Although critics claim the levy is too steep, the council approved it on Monday.', 'levy').content.text).toBe('the levy is too steep');
    expect(quoteWith('When the minister announced that fares would rise, commuters were furious.', 'fares').content.text).toBe('fares would rise');
  });

  it('leaves a report in the main clause alone', () => {
    expect(quoteWith('After the vote, the minister announced that fares would rise, and commuters were furious.', 'fares').content.text).toContain('fares would rise');
  });
});

describe('a passive with "by" inside an earlier report', () => {
  it('reports only its own clause, after the clause opener, and leaves the earlier report its own', () => {
    const text = 'But the aides stressed that the tariffs worked, unlike in Spain, where the new levy has been strongly opposed by most farmers.';
    const about = quotesOf(text).filter((q) => q.content.text.includes('tariffs worked'));
    expect(about.map((q) => q.source?.text)).toEqual(['the aides']);
  });
});

describe('a spaced hyphen as a typewriter dash', () => {
  it('separates a later report after " - " as after "—"', () => {
    const text = 'The mayor said fares would fall, and - after a long delay - the council has argued that buses need more money.';
    expect(quoteWith(text, 'fares would fall').content.text).not.toContain('buses');
    expect(quoteWith(text, 'buses need').source?.text).toBe('the council');
  });

  it('keeps a hyphen inside a word', () => {
    expect(quoteWith('The mayor said the Labour-run council would cut fares.', 'fares').content.text).toBe('the Labour-run council would cut fares');
  });
});

describe('a report inside an object relative', () => {
  it('reads ", which officials say has ..." and ends at the relative\'s comma', () => {
    const q = quoteWith('The scheme, which officials say has saved millions, will be extended.', 'saved');
    expect(q.content.text).toBe('has saved millions');
    expect(q.source?.text).toBe('officials');
    expect(quoteWith('The scheme, which officials say saved millions, will be extended.', 'saved').content.text).toBe('saved millions');
  });
});

describe('a bare noun after a dash and a relative with a gap ("-- meddling the congressman said is ...")', () => {
  it('reports the noun, the relative and the rest of the clause as the subject\'s', () => {
    const q = quoteWith('The mayor called on the agency to reopen the depot -- closure the local congresswoman said is "costing jobs" in the town.', 'costing');
    expect(q.content.text).toBe('closure the local congresswoman said is "costing jobs" in the town');
    expect(q.source?.text).toBe('the local congresswoman');
    expect(q.kind).toBe('mixed');
  });

  it('still reports nothing for a gap with no noun of its own before the subject', () => {
    expect(quotesOf('Everything the mayor says is a lie.')).toEqual([]);
  });
});
