import { describe, expect, it } from 'vitest';
import { quoteWith, quotesOf } from './helpers.js';

describe('sources', () => {
  it('takes a name with its title', () => {
    expect(quoteWith('Sir Keir Starmer said the economy was growing again.', 'economy').source?.text).toBe('Sir Keir Starmer');
  });

  it('keeps an appositive with the name it describes', () => {
    const q = quoteWith('David Frost, director general of the British Chambers of Commerce, warned that firms would suffer.', 'firms');
    expect(q.source?.text).toBe('David Frost, director general of the British Chambers of Commerce');
    expect(q.speaker).toBe('David Frost');
  });

  it('takes the agent of a passive cue', () => {
    const q = quoteWith('The registration issue was first reported by The Washington Post.', 'registration');
    expect(q.source?.text).toBe('The Washington Post');
  });

  it('takes a role description as the source', () => {
    const q = quoteWith('Downing Street sources have suggested that there has been no change in strategy.', 'no change');
    expect(q.source?.text).toBe('Downing Street sources');
    expect(q.speakerType).toBe('anonymous');
  });

  it('keeps a plural possessive in the source', () => {
    const q = quoteWith('The offer was an insult, the nurses\' union said.', 'insult');
    expect(q.source?.text).toBe("the nurses' union");
    expect(q.content.text).toBe('The offer was an insult');
  });

  it('drops a trailing time adverbial from the source', () => {
    const q = quoteWith('But Band Aid founder Bob Geldof in July said he was sick of hearing guff.', 'sick');
    expect(q.speaker).toBe('Bob Geldof');
  });
});

describe('a cue form used as a noun inside an appositive', () => {
  it('keeps "one of the states suing ..." inside the subject', () => {
    const q = quotesOf('"The tax is unfair," Jane Doe, the attorney general of Utah, one of the states suing the agency, said on Monday.')[0];
    expect(q?.source?.text).toBe('Jane Doe, the attorney general of Utah, one of the states suing the agency');
    expect(q?.speaker).toBe('Jane Doe');
  });
});

describe('a subject with a restrictive relative clause', () => {
  it('takes "Insurers that had backed the mine" as the source', () => {
    const q = quotesOf('Insurers that had backed the mine agreed to release the bonds.')[0];
    expect(q?.source?.text).toBe('Insurers that had backed the mine');
    expect(q?.content.text).toBe('to release the bonds');
  });

  it('does not reach into a that-clause for the head', () => {
    const qs = quotesOf('Mr Pike said that the voters who backed him agreed that rates were too high.');
    expect(qs[0]?.source?.text).toBe('Mr Pike');
  });
});

describe('an inverted subject after two clauses', () => {
  it('reads "A did not go well, and B followed, said one source" as the source\'s report, not the clause as a subject', () => {
    const q = quoteWith('The refusal to answer did not go over well with members, and the meeting deteriorated from there, said one source in the room.', 'meeting deteriorated');
    expect(q.source?.text).toBe('one source');
  });
});

describe('a capitalised cue form inside a name', () => {
  it('keeps "United States" in an appositive and in a subject', () => {
    expect(quoteWith('"The plan is sound," Jane Doe, a former United States ambassador to Russia, said.', 'plan').source?.text).toBe('Jane Doe, a former United States ambassador to Russia');
    expect(quoteWith('United States officials said the talks had failed.', 'talks').source?.text).toBe('United States officials');
  });
});

describe('a subject opened by "my"', () => {
  it('takes "my father" as the source of a quote', () => {
    expect(quoteWith('"We live in a fallen world," my father often said.', 'fallen').source?.text).toBe('my father');
  });
});

describe('lower-case descriptors before a name', () => {
  it('takes "retired Air Force general Lloyd Newton" as the subject after a quote', () => {
    expect(quoteWith('"She is the only candidate with the experience," retired Air Force general Lloyd Newton said.', 'experience').source?.text).toBe('retired Air Force general Lloyd Newton');
  });
});

describe('a slash inside an appositive', () => {
  it('reads "Trump, appearing at the NBC/MSNBC forum, cited ..." with Trump as the source', () => {
    expect(quoteWith('Trump, appearing at the NBC/MSNBC forum, cited problems that he blamed on the policies of Obama.', 'problems').source?.text).toBe('Trump, appearing at the NBC/MSNBC forum');
  });
});

describe('plural people nouns outside the suffix rule', () => {
  it('takes "attorneys for the family" as a subject', () => {
    expect(quoteWith('The relatives watched the video on Thursday, attorneys for the family said.', 'relatives').source?.text).toBe('attorneys for the family');
  });

  it('takes "human rights groups" as a subject, which ends the report before it', () => {
    const text = 'The mayor stressed that the repairs were not complete, and civic groups warned that the bridge was unsafe.';
    expect(quoteWith(text, 'repairs').content.text).toBe('the repairs were not complete');
    expect(quoteWith(text, 'unsafe').source?.text).toBe('civic groups');
  });

  it('takes a longer coordinated subject when it opens the sentence', () => {
    const q = quoteWith('Political observers in Virginia and around the country say Scott deserves the seat.', 'Scott deserves');
    expect(q.source?.text).toBe('Political observers in Virginia and around the country');
  });

  it('takes lower-case descriptors before a name after a word that opens a clause', () => {
    const q = quoteWith('The call came after rival Donald Trump attacked Machado in early-morning tweets.', 'Machado');
    expect(q.source?.text).toBe('rival Donald Trump');
  });

  it('reads a horizontal bar (―) as a dash around an appositive', () => {
    const q = quoteWith('The film ― which weaves together the voices of historians ― explains the history of American prisons.', 'history of American prisons');
    expect(q.source?.text).toBe('The film ― which weaves together the voices of historians');
    expect(q.speaker).toBe('The film');
  });
});

describe('indefinite pronouns as subjects', () => {
  it('reads "someone" as the source of a report', () => {
    expect(quoteWith('Then someone asked how the city would pay for the bridge.', 'pay for the bridge').source?.text).toBe('someone');
  });

  it('reads a bare cue form after "in" as a noun ("more interested in details")', () => {
    expect(quotesOf('She is someone more interested in details than in slogans.')).toEqual([]);
  });
});

describe('an opening dateline', () => {
  it('is no subject for a participle ("CHARLOTTE - The wife ... , begging ...")', () => {
    const q = quoteWith('DENVER - The owner of the mill filed a complaint, urging the county to act.', 'the county to act');
    expect(q.source?.text).toBe('The owner of the mill');
  });
});

describe('an absolute "with" phrase', () => {
  it('gives its participle its own subject ("with Democrats arguing that ...")', () => {
    expect(quoteWith('The bill passed on Monday, with Democrats arguing that it would raise costs.', 'raise costs').source?.text).toBe('Democrats');
  });

  it('gives a participle after ", each" the distributive subject', () => {
    expect(quoteWith('The two mayors met on Friday, each saying the other had broken the deal.', 'broken the deal').source?.text).toBe('each');
  });
});

describe('lower-case descriptors before an inverted name', () => {
  it('belong to the source ("said longtime pollster Pat Caddell", "said 9/11 widow ...")', () => {
    expect(quoteWith('“The rules do not hold,” said longtime pollster Ann Ross.', 'rules').source?.text).toBe('longtime pollster Ann Ross');
    expect(quoteWith('“The rules do not hold,” said 7/7 survivor Ann Ross.', 'rules').source?.text).toBe('7/7 survivor Ann Ross');
  });
});

describe('names with combining marks or mis-decoded bytes', () => {
  it('keeps the name one word', () => {
    expect(quoteWith('"We must act," President Jose\u0301 Mari\u0301a Ruiz said Friday.', 'must act').source?.text).toBe('President Jose\u0301 Mari\u0301a Ruiz');
    expect(quoteWith('"We must act," President FranÃ\u0083Â§ois Roux said Friday.', 'must act').source?.text).toBe('President FranÃ\u0083Â§ois Roux');
  });
});

describe('a participle with an adverb after a comma', () => {
  it('takes the sentence subject as its source (", even suggesting ...")', () => {
    const q = quoteWith('The nominee complained about his microphone, even suggesting it had been tampered with.', 'tampered');
    expect(q.source?.text).toBe('The nominee');
  });
});

describe('a long coordinated subject after an opening adverbial', () => {
  it('is the whole subject when it starts its clause after the comma', () => {
    const q = quoteWith('On Monday, the former mayor of the city and current party chairman said she would stand again.', 'stand again');
    expect(q.source?.text).toBe('the former mayor of the city and current party chairman');
    expect(q.cue?.text).toBe('said');
  });

  it('also after a comma inside a closing mark', () => {
    const q = quoteWith('On an episode of “The Farm Hour,” the former mayor of the city and current party chairman said she would stand again.', 'stand again');
    expect(q.cue?.text).toBe('said');
  });
});

describe('an object relative with a subject of its own', () => {
  it('opens the clause: the subject starts after "which"', () => {
    const q = quoteWith('It may be odd, but given the levy -- which the finance chief, Ann Lee, called “pure theft” -- the firm paid early.', 'pure theft');
    expect(q.source?.text).toBe('the finance chief, Ann Lee');
    expect(q.content.text).toBe('which the finance chief, Ann Lee, called “pure theft”');
  });
});

describe('a pronoun with a contracted auxiliary', () => {
  it('opens a clause, so a cue form at its end is a noun with no subject', () => {
    expect(quotesOf("She's given airtime to prominent anti-tax advocates and their theories.")).toEqual([]);
    expect(quotesOf('He’s been pilloried for years for making dubious financial claims on air.')).toEqual([]);
  });

  it('is still the subject of a cue right after it', () => {
    expect(quoteWith("He's said the plan will fail.", 'plan').source?.text).toBe("He's");
  });

  it('is the subject in lower case after an opening clause', () => {
    expect(quoteWith('Although the council has attacked the budget, she’s sought to protect the grants for libraries.', 'grants').source?.text).toBe('she’s');
  });
});

describe('a passive agent after a particle', () => {
  it('names the source: "was called out by"', () => {
    const q = quoteWith('The mayor was called out by local traders.', 'mayor');
    expect(q.source?.text).toBe('local traders');
    expect(q.content.text).toBe('The mayor');
  });
});

describe('a subject relative with a cue form inside the appositive', () => {
  it('keeps the sentence subject as the source of the main report', () => {
    const q = quoteWith('The minister, who had warned of delays, said the scheme had failed.', 'scheme');
    expect(q.content.text).toBe('the scheme had failed');
    expect(q.source?.text).toBe('The minister, who had warned of delays');
    const r = quoteWith('Mr Jones, who has called for an inquiry, said the scheme had failed.', 'scheme');
    expect(r.source?.text).toBe('Mr Jones, who has called for an inquiry');
  });
});

describe('an -s form after a participle in a subject\'s appositive', () => {
  it('is the participle\'s object noun, so the appositive holds and the report is not inverted', () => {
    const q = quoteWith('The mayor, facing calls to step down, said the budget was sound.', 'budget');
    expect(q.content.text).toBe('the budget was sound');
    expect(q.cue?.text).toBe('said');
    expect(q.source?.text).toBe('The mayor, facing calls to step down');
  });
});

describe('a quoted nickname inside a name', () => {
  it('keeps the given name and surname around the nickname together (Mary "Mimi" Hill)', () => {
    const q = quoteWith('“Go home,” Mary “Mimi” Hill told the crowd.', 'Go home');
    expect(q.source?.text).toBe('Mary “Mimi” Hill');
    expect(q.speaker).toBe('Mary Hill');
    const r = quoteWith('The town’s mayor, Robert “Bobby” Lane, said the bridge would open in May.', 'bridge would open');
    expect(r.speaker).toBe('Robert Lane');
    expect(quoteWith('“Go home,” Mary ‘Mimi’ Hill said.', 'Go home').speaker).toBe('Mary Hill');
  });
});

describe('"state" as the adjective of government', () => {
  it('opens a subject inside an object relative ("which state media said")', () => {
    const q = quoteWith('The ferry line, which state media said had been closed for repairs, reopened on Monday.', 'closed for repairs');
    expect(q.source?.text).toBe('state media');
  });

  it('opens a subject after an opening adverbial', () => {
    const q = quoteWith('On Friday, state television said the tanker had been seized near the strait.', 'tanker');
    expect(q.source?.text).toBe('state television');
  });
});

describe('singular nouns for legislators', () => {
  it('make a subject of people, so a report before it ends at its dash', () => {
    const q = quoteWith('The mayor called on the agency to reopen the depot -- closure the local congresswoman said is costing jobs.', 'depot');
    expect(q.content.text).toBe('the agency to reopen the depot');
  });
});

describe('a subject pronoun after an opening phrase without its comma', () => {
  it('is the whole subject, not the name that ends the phrase', () => {
    const q = quoteWith('Ms Carter arrived late. After the talks with Mr Dale she said the deal was dead.', 'deal was dead');
    expect(q.source?.text).toBe('she');
    expect(q.speaker).toBe('Carter');
  });

  it('keeps a name coordinated with the pronoun', () => {
    const q = quoteWith('Mr Dale and she said the deal was dead.', 'deal was dead');
    expect(q.source?.text).toBe('Mr Dale and she');
  });
});

describe('a lone capitalised clause opener, expletive or participle before a cue', () => {
  it('names nobody, so a later pronoun keeps the earlier speaker', () => {
    const text = 'Lord Hale said: "The inquiry was fair."\n\nWhen asked whether he thought the report was late, he replied: "No comment."';
    expect(quotesOf(text).some((q) => q.source?.text === 'When')).toBe(false);
    expect(quoteWith(text, 'No comment').speaker).toBe('Hale');
  });

  it('is no source of a noun of saying ("There have been fears")', () => {
    const text = 'There have been fears there are too few inspectors at the port.';
    expect(quotesOf(text).some((q) => q.source?.text === 'There')).toBe(false);
  });
});

describe('the occasion of a statement between the subject and its cue', () => {
  it('is no part of the subject ("Last week Ms Ruiz in a radio interview appeared to defend ...")', () => {
    const q = quoteWith('Last week Ms Ruiz in a radio interview appeared to defend the new parking fees.', 'parking fees');
    expect(q.source?.text).toBe('Ms Ruiz');
    expect(quoteWith('Mr Dale in an interview with the Gazette said the depot would close.', 'depot').speaker).toBe('Dale');
  });

  it('leaves a name with a preposition and a complement before the cue whole', () => {
    expect(quoteWith('The Council on Public Debates says the hall was booked.', 'hall').source?.text).toBe('The Council on Public Debates');
  });
});

describe('a restrictive relative "that" before its verb', () => {
  it('is the subject, with its antecedent noun phrase', () => {
    const q = quoteWith('The tycoon is funding Forward50, a new lobby group that insists the harbour tax is unfair.', 'harbour tax');
    expect(q.cue?.text).toBe('insists');
    expect(q.source?.text).toBe('a new lobby group that');
    expect(q.speaker).toBe('a new lobby group');
  });

  it('takes a base form after a plural antecedent', () => {
    const q = quoteWith('The levy is unpopular in counties that oppose the new pipeline.', 'pipeline');
    expect(q.content.text).toBe('the new pipeline');
    expect(q.source?.text).toBe('counties that');
  });

  it('leaves a "that" after a cue to open its clause', () => {
    const q = quoteWith('Critics argue that claims of fraud are overblown.', 'fraud');
    expect(q.source?.text).toBe('Critics');
    expect(q.content.text).toBe('claims of fraud are overblown');
  });

  it('leaves a day or month that closes an opening adverbial out of the subject', () => {
    const q = quoteWith('On Thursday Health Secretary Jane Mills said the waiting lists were falling.', 'waiting');
    expect(q.source?.text).toBe('Health Secretary Jane Mills');
    expect(q.speaker).toBe('Jane Mills');
    expect(quoteWith('In March the council warned that fees would rise.', 'fees').source?.text).toBe('the council');
  });

  it('takes no participle phrase for a subject', () => {
    const q = quoteWith('The paper said it would print the story, based on letters found in the archive.', 'print');
    expect(q.cue?.text).toBe('said');
    expect(q.source?.text).toBe('The paper');
  });

  it('takes a lower-case plural of parties or councils as the source', () => {
    const q = quoteWith('But rival parties said the new levy would hit pensioners hardest.', 'levy');
    expect(q.source?.text).toBe('rival parties');
    expect(quoteWith('And several councils warned that budgets would be cut.', 'budgets').source?.text).toBe('several councils');
  });
});

describe('"according to" a document from or by a named author', () => {
  it('runs the source on to the author, who is the speaker', () => {
    const q = quoteWith('The levy will raise little, according to a statement from the Harbour Board.', 'levy');
    expect(q.source?.text).toBe('a statement from the Harbour Board');
    expect(q.speaker).toBe('Harbour Board');
    expect(quoteWith('According to a study by Tom Hale, rents have doubled.', 'rents').speaker).toBe('Tom Hale');
  });

  it('keeps one who only obtained the document out of the speaker ("a memo obtained by the Herald")', () => {
    const q = quoteWith('The mine will close, according to a memo obtained by the Courier.', 'mine');
    expect(q.source?.text).toBe('a memo obtained by the Courier');
    expect(q.speakerType).toBe('anonymous');
  });
});
