import { describe, expect, it } from 'vitest';
import { quoteWith, quotesOf } from './helpers.js';

describe('content spans', () => {
  it('takes a direct quote after a colon cue, marks excluded', () => {
    const q = quoteWith('Ms Hewitt said: "We have already doubled the length of maternity pay."', 'doubled');
    expect(q.kind).toBe('direct');
    expect(q.content.text).toBe('We have already doubled the length of maternity pay.');
    expect(q.cue?.text).toBe('said');
  });

  it('takes a direct quote before an inverted cue', () => {
    const q = quoteWith('"We will fight on for every seat," said the party leader.', 'fight');
    expect(q.kind).toBe('direct');
    expect(q.source?.text).toBe('the party leader');
  });

  it('takes the reported clause of indirect speech', () => {
    const q = quoteWith('Farage said that Labour should focus its efforts on tackling migrants.', 'Labour should');
    expect(q.kind).toBe('indirect');
    expect(q.content.text).toBe('Labour should focus its efforts on tackling migrants');
  });

  it('takes a clause that comes before "he said"', () => {
    const q = quoteWith('The policy had caused trade problems, he said, but there was now an agreement.', 'trade problems');
    expect(q.kind).toBe('indirect');
    expect(q.content.text).toBe('The policy had caused trade problems');
  });

  it('marks a reported clause with quoted fragments as mixed', () => {
    const q = quoteWith('David Frost warned that many small firms could be "crippled" by the move.', 'small firms');
    expect(q.kind).toBe('mixed');
    expect(q.content.text).toBe('many small firms could be "crippled" by the move');
  });

  it('reads "who, Reed said, had left ..." as a parenthetical cue', () => {
    const q = quoteWith('He invoked Margaret Thatcher, who, Reed said, had left Red Wall areas "hollowed out" in the 1980s.', 'had left');
    expect(q.source?.text).toBe('Reed');
    expect(q.kind).toBe('mixed');
  });

  it('gives a bare continuation quote a null cue and the previous speaker', () => {
    const qs = quotesOf('Ms Hewitt said: "We have made a firm commitment to parents."\n\n"We will definitely extend the maternity pay."');
    expect(qs).toHaveLength(2);
    expect(qs[1]?.cue).toBeNull();
    expect(qs[1]?.speaker).toBe(qs[0]?.speaker);
  });

  it('does not report a quotation that no cue, source or earlier speaker ascribes to anyone', () => {
    const qs = quotesOf('Twelve Commuters On The New Timetable.\n\n"The trains are later than ever and nobody at the depot listens to us."\n\nPhoto: archive.\n\n"I gave up and bought a bike," said Ann Bell. "It is faster."');
    expect(qs.map((q) => q.content.text)).toEqual(['I gave up and bought a bike,', 'It is faster.']);
  });

  it('does not report a scare-quoted word in narration', () => {
    expect(quotesOf('The so-called "Red Wall" seats fell to Reform last year.')).toEqual([]);
  });

  it('skips the listener after "told" and records it as the channel', () => {
    const q = quoteWith('Jonathan Ashworth told the BBC the organisation was re-orienting its efforts.', 'organisation');
    expect(q.content.text).toBe('the organisation was re-orienting its efforts');
    expect(q.channel?.text).toBe('the BBC');
  });

  it('reads a plural possessive apostrophe inside the listener as no quotation mark ("told Sky News\' Sunday programme")', () => {
    const q = quoteWith('The minister told Farming News\' Breakfast Hour: "We will not back down."', 'back down');
    expect(q.kind).toBe('direct');
    expect(q.content.text).toBe('We will not back down.');
    expect(quoteWith("The minister told LBC Listeners' Hour the scheme had failed.", 'scheme').content.text).toBe('the scheme had failed');
  });
});

describe('content spans across sentence punctuation', () => {
  it('keeps a question quote with the short attribution after it', () => {
    const q = quoteWith('“How many times do we have to see this in our country?” Clinton said. She left.', 'How many');
    expect(q.source?.text).toBe('Clinton');
    expect(q.cue?.text).toBe('said');
  });

  it("gives a participle's clause to the sentence's subject", () => {
    const q = quoteWith('Hillary Clinton spoke out on Tuesday, arguing that the killings should be called intolerable.', 'killings');
    expect(q.source?.text).toBe('Hillary Clinton');
  });
});

describe('a connective opening the clause before ", X said"', () => {
  it('leaves the article\'s "But"/"And" and "However," out of the report', () => {
    expect(quoteWith('But the bridge will not open until May, the mayor said.', 'bridge').content.text).toBe('the bridge will not open until May');
    expect(quoteWith('However, the council has no money left for repairs, the treasurer said.', 'council').content.text).toBe('the council has no money left for repairs');
  });

  it('keeps "however" without its comma, a degree word inside the clause', () => {
    expect(quoteWith('However hard the council tries, the budget will not balance, the treasurer said.', 'budget').content.text).toBe('However hard the council tries, the budget will not balance');
  });
});

describe('adverbials and titles', () => {
  it('reads "said in a phone interview" as an adverbial, the clause being before it', () => {
    const q = quoteWith('The law does not require witnesses to appear, he said in a phone interview.', 'witnesses');
    expect(q.content.text).toBe('The law does not require witnesses to appear');
  });

  it('does not take a quoted programme title for a quotation', () => {
    const qs = quotesOf('Mr Ryan said on "Face the Nation" that the plan was sound.');
    expect(qs.map((q) => q.content.text)).toEqual(['the plan was sound']);
  });

  it('skips a time adverbial before the reported clause ("said this week that", "said after the vote she ...")', () => {
    expect(quoteWith('The minister said this week that the border would stay open.', 'border').content.text).toBe('the border would stay open');
    expect(quoteWith('The mayor said after the vote she would not resign.', 'resign').content.text).toBe('she would not resign');
    expect(quoteWith('The mayor said this was wrong.', 'wrong').content.text).toBe('this was wrong');
  });
});

describe('coordinated cues', () => {
  it('gives both reports of "X said A and called B C" to X', () => {
    const text = 'Rendell, a Clinton surrogate, said he had battled pneumonia in his campaigns and called it a common ailment.';
    const a = quoteWith(text, 'battled pneumonia');
    const b = quoteWith(text, 'common ailment');
    expect(a.source?.text).toBe('Rendell, a Clinton surrogate');
    expect(b.source?.text).toBe('Rendell, a Clinton surrogate');
    expect(a.content.text).not.toContain('called');
  });

  it('reports no long adverbial after a cue that already reports a quotation', () => {
    const text = '"The fees are not optional," the chairman said after the builder failed to turn up at the second planning hearing he was summoned to last week.';
    expect(quotesOf(text).map((q) => q.content.text)).toEqual(['The fees are not optional,']);
  });

  it('keeps a participle after "not X but" inside the report it contrasts', () => {
    const quotes = quotesOf('The mayor says she was not "punishing drivers" but asking them to slow down.');
    expect(quotes.map((q) => q.content.text)).toEqual(['she was not "punishing drivers" but asking them to slow down']);
  });
});

describe('according to', () => {
  it('takes the clause before a mid-sentence "according to X,"', () => {
    const q = quoteWith('Incomes would rise by 19.9 percent, according to the Tax Foundation, more than twice the average.', 'Incomes');
    expect(q.content.text).toBe('Incomes would rise by 19.9 percent');
    expect(q.source?.text).toBe('the Tax Foundation');
  });

  it('takes the clause after a sentence-initial "According to X,"', () => {
    const q = quoteWith('According to exit polls, Mitt Romney had a ten-point lead.', 'Romney');
    expect(q.content.text).toBe('Mitt Romney had a ten-point lead');
    expect(q.source?.text).toBe('exit polls');
  });
});

describe('a trailing attribution over a sentence with a cue of its own', () => {
  it('gives "X called for Y, sources said" to the sources, whole, and no separate report to X', () => {
    const qs = quotesOf('The hospital protocol called for the patient to be moved to a trauma centre, sources said.');
    expect(qs.map((q) => [q.content.text, q.source?.text])).toEqual([['The hospital protocol called for the patient to be moved to a trauma centre', 'sources']]);
  });
});

describe('an opening "according to" over a report', () => {
  it('reports the whole sentence after "According to X," with its inner report, as X\'s', () => {
    const qs = quotesOf('According to Yahoo News, a campaign spokesman said Friday that she would sign the bill.');
    expect(qs.map((q) => [q.content.text, q.source?.text])).toEqual([['a campaign spokesman said Friday that she would sign the bill', 'Yahoo News']]);
  });
});

describe('an agentless passive cue', () => {
  it('reports its whole clause, subject included, with no source ("a curfew was announced ...")', () => {
    const q = quoteWith('While a curfew was announced from midnight to 6 a.m., authorities did not enforce it.', 'curfew');
    expect(q.content.text).toBe('a curfew was announced from midnight to 6 a.m.');
    expect(q.source).toBeNull();
    expect(q.speaker).toBeNull();
  });

  it('reports nothing for "it was announced that X", which names nobody who said it', () => {
    expect(quotesOf('It was announced that the depots would be sold.')).toEqual([]);
  });
});

describe('"is expected to"', () => {
  it('reports the expectation, subject included, with no source', () => {
    const q = quoteWith('The efforts are expected to continue until election day.', 'efforts');
    expect(q.content.text).toBe('The efforts are expected to continue until election day');
    expect(q.source).toBeNull();
  });
});

describe('a relative "that" after an adverbial', () => {
  it('is no reported clause ("told reporters after the meeting that was held ...")', () => {
    const text = '"We are in a critical situation," the minister told reporters after the meeting that was held on a boat.';
    expect(quotesOf(text).map((q) => q.content.text)).toEqual(['We are in a critical situation,']);
  });
});

describe('a short object after "tell"', () => {
  it('is the listener or the thing told, not a report', () => {
    const text = '"We have waited long enough," she told the group, adding that the vote would come next week.';
    expect(quotesOf(text).map((q) => q.content.text)).toEqual(['We have waited long enough,', 'the vote would come next week']);
    expect(quotesOf('The candidate needs to smile more and tell more jokes.')).toEqual([]);
  });

  it('ends a listener where a subject pronoun and its verb open the clause ("told the council she was ...")', () => {
    expect(quoteWith('The mayor told the council she was ready to resign.', 'resign').content.text).toBe('she was ready to resign');
    expect(quoteWith('The minister briefed newspapers he would stand down in May.', 'stand down').content.text).toBe('he would stand down in May');
  });
});

describe('a cue inside a free relative ("what X said")', () => {
  it('reports no clause joined after it', () => {
    expect(quotesOf('That was what the mayor said when she resigned from the council in 2019.')).toEqual([]);
  });

  it('keeps a predicate or a judgement after it', () => {
    expect(quoteWith('What the engineers said was a design flaw.', 'design flaw').source?.text).toBe('the engineers');
  });
});

describe('a lone subordinate clause before ", X said"', () => {
  it('is the adverbial of a short answer, not its report', () => {
    expect(quotesOf('But when the council cut funding two years later, the mayor said enough.')).toEqual([]);
    expect(quoteWith('When the time comes, we will act, he said.', 'we will act').content.text).toBe('When the time comes, we will act');
  });
});

describe('a report inside a clause before ", X showed"', () => {
  it('stays a report of its own when a person makes it', () => {
    const text = 'The lawyer also said the photos do not show whether the driver held anything in his hands, which he said were on the wheel when he was stopped, the footage showed.';
    expect(quotesOf(text).find((q) => q.source?.text === 'he')?.content.text).toBe('were on the wheel when he was stopped');
  });
});

describe('a noun-phrase object as the report', () => {
  it('ends at a comma, a subordinator or a second coordinated verb', () => {
    expect(quoteWith('The White House has promised a veto and attempted to win over wavering members.', 'veto').content.text).toBe('a veto');
    expect(quoteWith('Republicans had called the hearing because they felt misled.', 'hearing').content.text).toBe('the hearing');
  });

  it('leaves a clause after the cue whole', () => {
    expect(quoteWith('Supporters say the program, run by the city, has brought in millions.', 'program').content.text).toBe('the program, run by the city, has brought in millions');
  });
});

describe('an opening participle phrase', () => {
  it('reports only up to its comma, also one inside a closing mark, and the main clause keeps its own report', () => {
    const text = 'Bemoaning the "rigged polls," the mayor accused his rival of cheating.';
    const opening = quoteWith(text, 'rigged polls');
    expect(opening.content.text).not.toContain('accused');
    expect(opening.source?.text).toBe('the mayor');
    expect(quoteWith(text, 'cheating').cue?.text).toBe('accused');
  });
});

describe('a participle phrase after "X said,"', () => {
  it('describes the telling and is no report', () => {
    const qs = quotesOf('“It is over,” she said, smiling at the crowd.');
    expect(qs.map((q) => q.content.text)).toEqual(['It is over,']);
  });
});

describe('"compared with/to" after a comma', () => {
  it('sets figures side by side and is no cue; after "X said," the clause before the cue is the report', () => {
    expect(quotesOf('Nurses in the north earned an average of $41,000, compared with $47,000 in the south.')).toEqual([]);
    expect(quotesOf('Compared to last winter, the queues at the clinic are shorter.')).toEqual([]);
    const qs = quotesOf('Rents in the city rose by 9 percent last year, the agency said, compared with 3 percent in the suburbs.');
    expect(qs.map((q) => q.content.text)).toEqual(['Rents in the city rose by 9 percent last year']);
  });
});

describe('a noun cue inside the clause before ", said X"', () => {
  it('does not cut the clause: the whole of it is the later source\'s report', () => {
    const text = "The mayor's refusal to resign did not go over well with voters, said one council member.";
    expect(quoteWith(text, 'go over well').content.text).toBe("The mayor's refusal to resign did not go over well with voters");
  });
});

describe('a naming inside a free relative', () => {
  it('reports "what she called a “panic,”" with the relative, up to the closing mark', () => {
    const q = quoteWith('She was taken to hospital after what she called a “panic,” a series of posts online.', 'panic');
    expect(q.content.text).toBe('what she called a “panic,”');
    expect(q.source?.text).toBe('she');
  });
});

describe('a colon before a quotation another cue claims', () => {
  it('ends the report at the colon; the quotation is the later cue\'s', () => {
    const text = 'The letter also mentioned the savings it said the new depot would bring to the town: “This is the best deal our members have seen in a decade,” the council wrote.';
    const report = quoteWith(text, 'the savings');
    expect(report.content.text).toBe('the savings it said the new depot would bring to the town');
    const direct = quoteWith(text, 'best deal');
    expect(direct.kind).toBe('direct');
    expect(direct.cue?.text).toBe('wrote');
    expect(direct.source?.text).toBe('the council');
  });
});

describe('"as" and a subject pronoun right after a cue', () => {
  it('is when it was said, not what', () => {
    const qs = quotesOf('"We are not going anywhere," the organiser said as she and other marchers crossed the bridge.');
    expect(qs.map((q) => q.content.text)).toEqual(['We are not going anywhere,']);
    expect(quotesOf('The chancellor will say as he sets out his goals for the summit.')).toEqual([]);
  });

  it('leaves a that-clause after it as the report', () => {
    const q = quoteWith('The minister will say as he opens the conference that the budget is balanced.', 'budget');
    expect(q.content.text).toBe('the budget is balanced');
  });
});

describe('a finite verb right after a cue', () => {
  it('opens no report: the cue is in a relative clause whose gap is its object ("Everything the mayor says is ...")', () => {
    expect(quotesOf('Everything the mayor says is a lie unless it is in writing.')).toEqual([]);
    expect(quotesOf('The promises he made were broken within a year.')).toEqual([]);
    // After "which" and a subject the verb is the report's.
    expect(quoteWith('The levy, which officials claim will raise millions, starts in May.', 'raise millions').source?.text).toBe('officials');
  });
});

describe('"and"/"or" right after a cue', () => {
  it('coordinates a second verb sharing the object, and nothing is reported ("who said and did such things")', () => {
    expect(quotesOf('Voters would never forgive a mayor who said and did such things in office.')).toEqual([]);
    expect(quoteWith('The mayor said and repeated that the budget was safe.', 'budget').cue?.text).toBe('repeated');
  });

  it('reads a short "to" phrase after a verb of speaking as the listener, not a report ("shouted to the crowd")', () => {
    const text = '“Build the bridge now!” the mayor shouted to the crowd. “We have waited long enough.”';
    expect(quotesOf(text).map((q) => q.content.text)).toEqual(['Build the bridge now!', 'We have waited long enough.']);
    expect(quotesOf('“It is over,” she said to reporters.').map((q) => q.content.text)).toEqual(['It is over,']);
    expect(quoteWith('The mayor said to reporters that the bridge would open in May.', 'bridge would open').cue?.text).toBe('said');
  });

  it('skips a listener whose channel noun has a determiner and modifiers', () => {
    const q = quoteWith('The premier told her weekly press conference the budget would be balanced.', 'budget');
    expect(q.content.text).toBe('the budget would be balanced');
    const text = '"We are not finished," the senator told a crowded meeting of the Farmers Union.';
    expect(quotesOf(text).map((q) => q.content.text)).toEqual(['We are not finished,']);
  });
});

describe('a lone dash after a report', () => {
  it('ends the report before an indefinite noun phrase the article adds ("— a claim her rivals dispute")', () => {
    expect(quoteWith('The mayor said the new bridge would cut journeys by half — a claim her rivals dispute.', 'bridge').content.text).toBe('the new bridge would cut journeys by half');
    expect(quoteWith('The senator linked the closures to the budget cuts - an unusual step for a member of the ruling party.', 'closures').content.text).toBe('the closures to the budget cuts');
    expect(quoteWith('The senator said the closures followed the budget cuts -- a first for the county.', 'closures').content.text).toBe('the closures followed the budget cuts');
  });

  it('keeps a paired dash aside and other words after a dash inside the report', () => {
    expect(quoteWith('The mayor said the bridge — a project she has backed for years — would open in May.', 'bridge').content.text).toBe('the bridge — a project she has backed for years — would open in May');
    expect(quoteWith('The mayor said the bridge would open in May - but only if the council pays.', 'bridge').content.text).toBe('the bridge would open in May - but only if the council pays');
  });
});
