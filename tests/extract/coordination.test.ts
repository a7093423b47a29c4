import { describe, expect, it } from 'vitest';
import { quoteWith, quotesOf } from './helpers.js';

// Session 4: one sentence per rule about coordinated reports and clause boundaries.
describe('a second stance coordinated with the first report', () => {
  it('splits "X demands A, yet refuses to B" into two reports of X', () => {
    const qs = quotesOf('The senator demands openness from the council, yet refuses to publish her own diary.');
    expect(qs.map((q) => q.content.text)).toEqual(['openness from the council', 'to publish her own diary']);
    expect(qs.map((q) => q.source?.text)).toEqual(['The senator', 'The senator']);
  });

  it('splits "X proposed A, and plans to B"', () => {
    const qs = quotesOf('The mayor proposed a tram line, and plans to widen the ring road.');
    expect(qs.map((q) => q.content.text)).toEqual(['a tram line', 'to widen the ring road']);
  });

  it('still reads "said ... and he intended to ..." as one report', () => {
    const qs = quotesOf('Mr Osei said the vote had gone well and he intended to stay on.');
    expect(qs.map((q) => q.content.text)).toEqual(['the vote had gone well and he intended to stay on']);
  });
});

describe('a stance after a clause boundary', () => {
  it('reads "X proposed A, but Y agreed it was B" as two reports', () => {
    const qs = quotesOf('The minister proposed a levy on sugar, but economists agreed it was a modest step.');
    expect(qs.map((q) => [q.content.text, q.source?.text])).toEqual([
      ['a levy on sugar', 'The minister'],
      ['it was a modest step', 'economists'],
    ]);
  });

  it('reads "..., but he refuses to ..." after an earlier report', () => {
    const q = quotesOf('Several donors have indicated support for the plan, but the treasurer refuses to name them.').find((x) => x.cue?.text === 'refuses');
    expect(q?.content.text).toBe('to name them');
    expect(q?.source?.text).toBe('the treasurer');
  });
});

describe('a participle after a report', () => {
  it('takes the mention the earlier cue uses as its source', () => {
    const qs = quotesOf('"We need a bypass," the retired engineer said, adding that the bridge was unsafe.');
    const added = qs.find((q) => q.cue?.text === 'adding');
    expect(added?.content.text).toBe('the bridge was unsafe');
    expect(added?.source?.text).toBe('the retired engineer');
  });

  it('keeps a gerund after a preposition inside the earlier report', () => {
    const qs = quotesOf('The chairman called on the mayor to apologise for suggesting the port was corrupt.');
    expect(qs.map((q) => q.content.text)).toEqual(['the mayor to apologise for suggesting the port was corrupt']);
  });

  it('after a weak cue the participle names no borrowed source', () => {
    const qs = quotesOf('The film showed the councillor, apparently at a dinner, telling guests: "The harbour will close."');
    expect(qs.find((q) => q.content.text.includes('harbour'))?.source?.text).not.toBe('The film');
  });
});

describe('a short attribution after a question in quotes', () => {
  it('keeps "\\"...?\\" X demanded." in one sentence with any reporting verb', () => {
    const q = quotesOf('"Who pays for the new bridge?" Ms Okafor demanded.')[0];
    expect(q?.cue?.text).toBe('demanded');
    expect(q?.source?.text).toBe('Ms Okafor');
  });

  it('does not join a new sentence that opens with a stance verb', () => {
    const qs = quotesOf('The mayor tweeted that the depot must close "without delay." Smith plans to visit the depot on Sunday, according to an aide.');
    expect(qs.find((q) => q.cue?.text === 'according to')?.content.text.includes('without delay')).not.toBe(true);
  });
});

describe('a listener before "that"', () => {
  it('is no cue of its own: "telling a farmers group that A and says B" gives two reports of the teller', () => {
    const qs = quotesOf('The minister is telling a farmers group that the subsidy is safe and says he will visit the valley.');
    expect(qs.map((q) => [q.content.text, q.source?.text])).toEqual([
      ['the subsidy is safe', 'The minister'],
      ['he will visit the valley', 'The minister'],
    ]);
  });
});

describe('"when"/"where" after a cue', () => {
  it('reads "have not said when they would act" as the report', () => {
    expect(quotesOf('Ministers have not said when they would publish the review.')[0]?.content.text).toBe('when they would publish the review');
  });

  it('still skips "said when asked" as a time adverbial', () => {
    const q = quotesOf('The coach said when asked that the team would recover.')[0];
    expect(q?.content.text).toBe('the team would recover');
  });
});

describe('the subject of a participle after a clause', () => {
  it('skips an opening adverbial to find the subject ("On Thursday, however, Trump spoke ..., promising ...")', () => {
    expect(quoteWith('On Thursday, however, Trump spoke to industry leaders, promising to lift regulations.', 'lift').source?.text).toBe('Trump');
    expect(quoteWith('In 1986, the Supreme Court blocked the sale, citing a threat to public health.', 'threat').source?.text).toBe('the Supreme Court');
  });

  it('takes the subject of the last coordinated clause ("..., and she becomes upset, shouting ...")', () => {
    expect(quoteWith('At this point, the camera is facing the ground, and she becomes upset, shouting profanities at the officers.', 'profanities').source?.text).toBe('she');
  });
});

describe('an opening participle', () => {
  it('takes the main clause subject after its comma ("Citing X, Trump accused ...")', () => {
    expect(quoteWith('Citing a conspiracy theory, Trump accused Cruz of lying.', 'conspiracy').source?.text).toBe('Trump');
  });

  it('reports nothing when it names where something was said ("Writing for a panel ..., X noted ...")', () => {
    const qs = quotesOf('Writing for a Los Angeles Times panel that all agreed Pence won the debate, Mark Barabak noted that Pence was calm.');
    expect(qs.map((q) => q.cue?.text)).toEqual(['noted']);
  });
});

describe('a participle right after a noun', () => {
  it('modifies the noun and does not end the clause ("She says Trump\'s tweets accusing X of Y are lies")', () => {
    const qs = quotesOf('She says the tweets accusing Machado of lying are conspiracy theories.');
    expect(qs.map((q) => q.content.text)).toEqual(['the tweets accusing Machado of lying are conspiracy theories']);
  });
});

describe('an opening adverbial with a participle modifier', () => {
  it('reads "a swiftly called meeting" as no cue and finds the subject after the whole opener', () => {
    const q = quoteWith('Following a swiftly called, late-afternoon meeting, the Security Council issued a statement calling the test a clear violation.', 'clear violation');
    expect(q.source?.text).toBe('the Security Council');
  });
});

describe('a participle after a report nested in another', () => {
  it('belongs to the first report\'s subject ("Perdue said he doubted X, arguing that ...")', () => {
    const q = quoteWith('Sen. David Perdue said he doubted those claims hurt Romney, arguing that it was divisions in the party.', 'divisions');
    expect(q.source?.text).toBe('Sen. David Perdue');
  });
});

describe('a participle in a sentence that opens with a quotation', () => {
  it('finds the subject after the quotation ("“...,” Blige sings to Clinton before asking her, “...”")', () => {
    const q = quoteWith('“Keep your hands in sight,” Blige sings to Clinton before asking her, “Where do we go from here?”', 'Where do we go');
    expect(q.source?.text).toBe('Blige');
  });
});

describe('a second verb after a report with a verb nested in it', () => {
  it('coordinates "and warned that" with the outer "said", not with the nested "would announce"', () => {
    const text = 'The governor said the state would announce its plan to cut fees and warned that the budget was tight.';
    const first = quoteWith(text, 'cut fees');
    const second = quoteWith(text, 'budget was tight');
    expect(first.content.text).toBe('the state would announce its plan to cut fees');
    expect(second.source?.text).toBe('The governor');
  });
});

describe('a participle inside a clause', () => {
  it('is done by the subject of the clause verb, not by the previous speaker', () => {
    const text = 'Anne Hill said the vote was fair.\n\nLater, lawyers for the city filed papers opposing the merger.';
    const q = quoteWith(text, 'the merger');
    expect(q.source?.text).toBe('lawyers for the city');
    expect(q.speaker).not.toBe('Anne Hill');
  });
});

describe('a participle after an auxiliary', () => {
  it('is done by the subject of the auxiliary', () => {
    const text = 'Anne Hill said the vote was fair.\n\nLater, lawyers for the city were busy criticizing the merger.';
    const q = quoteWith(text, 'the merger');
    expect(q.source?.text).toBe('lawyers for the city');
  });
});

describe('a participle after a verb of causing or perceiving', () => {
  it('is done by that verb\'s object', () => {
    const text = 'Anne Hill said the vote was fair.\n\nThe new rules had local officials criticizing the mayor.';
    const q = quoteWith(text, 'the mayor');
    expect(q.source?.text).toBe('local officials');
  });
});

describe('a participle right after a name', () => {
  it('is that person\'s ("footage of X asking, ...")', () => {
    const text = 'Anne Hill said the vote was fair.\n\nThe ad uses footage of Tom Reed asking, “Why are we not ahead?”';
    const q = quoteWith(text, 'Why are we');
    expect(q.source?.text).toBe('Tom Reed');
  });
});

describe('a participle inside a subordinate clause', () => {
  it('is done by the subordinate clause\'s subject, not the sentence\'s', () => {
    const text = 'Anne Hill spoke to reporters on Friday after Tom Reed posted a series of tweets criticizing the mayor.';
    expect(quoteWith(text, 'the mayor').source?.text).toBe('Tom Reed');
  });
});

describe('a gerund after a stance verb and its preposition', () => {
  it('is the stance-taker\'s ("decided against recommending")', () => {
    const text = 'Anne Hill said the vote was fair.\n\nLater, the board decided against recommending a new tax.';
    expect(quoteWith(text, 'a new tax').source?.text).toBe('the board');
  });
});

describe('a coordinated verb after a relative clause\'s first verb', () => {
  it('shares the relative pronoun, not the sentence subject', () => {
    const q = quoteWith('The closed report has angered the residents, who have marched through the streets and called for the files to be published.', 'files');
    expect(q.source?.text).toBe('who');
  });
});

describe('a participle whose doer the sentence does not name', () => {
  it('reports nothing when no report comes before it', () => {
    expect(quotesOf('The former host quit the club last month, calling it a farce.')).toEqual([]);
  });

  it('still shares the subject of an earlier report', () => {
    const q = quoteWith('He refuses to name a successor, aside from saying he wants someone young.', 'someone young');
    expect(q.cue?.text).toBe('saying');
  });
});

describe('a cue completing a coordinated past verb', () => {
  it('gives "met with X and came away convinced that" the subject of the first verb, not X', () => {
    const q = quoteWith('Senator Jo Hill met with the union leaders and came away convinced that the strike would end soon.', 'strike would end');
    expect(q.source?.text).toBe('Senator Jo Hill');
    expect(q.speaker).toBe('Jo Hill');
    expect(quoteWith('Nurses and doctors said the ward was full.', 'ward was full').source?.text).toBe('Nurses and doctors');
  });
});

describe('a coordinated cue with no cue verb before it', () => {
  it('takes the subject of its own clause, after ", and" or an opening bracket, not the sentence\'s first subject', () => {
    const text = 'Ann Lee wants a bigger park, and Tom Hill wants a new road and suggests that the road would help shoppers.';
    expect(quoteWith(text, 'road would help').source?.text).toBe('Tom Hill');
    const bracket = 'Ann Lee wants a bigger park, and Tom Hill wants a new road (he wants it soon and suggests that it would help shoppers).';
    expect(quoteWith(bracket, 'would help').source?.text).toBe('he');
  });
});
