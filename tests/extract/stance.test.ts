import { describe, expect, it } from 'vitest';
import { quoteWith, quotesOf } from './helpers.js';

// One sentence per rule added for reported stances and clause structure.
describe('stance cues and clause structure', () => {
  it('reads an infinitive after a stance verb as the reported content', () => {
    const q = quoteWith('Surety companies agreed to release millions in cash.', 'release millions');
    expect(q.source?.text).toBe('Surety companies');
    expect(q.cue?.text).toBe('agreed');
  });

  it('reads "wants X to ..." as a stance with a short object before the infinitive', () => {
    expect(quoteWith('Cafod wants Britain to use its influence on poverty.', 'use its influence').speaker).toBe('Cafod');
  });

  it('leaves a stance verb without an infinitive alone', () => {
    expect(quotesOf('The mayor wanted a new stadium for the city.')).toEqual([]);
  });

  it('reads "shows that/how" as a report of findings', () => {
    expect(quoteWith('A Bloomberg poll shows that wealthy voters have abandoned the party.', 'wealthy voters').source?.text).toBe('A Bloomberg poll');
  });

  it('does not take a clause with a modal for the subject of an inverted cue', () => {
    const q = quoteWith('Trump would expand the deduction, but the losses would outstrip the gains, said Batchelder.', 'losses');
    expect(q.source?.text).toBe('Batchelder');
    expect(q.content.text.startsWith('Trump would expand')).toBe(true);
  });

  it('does not read a capitalised word inside a name ("United States") as a cue', () => {
    const q = quoteWith('About 9.9 million single mothers live in the United States, according to federal statistics.', 'single mothers');
    expect(q.source?.text).toBe('federal statistics');
  });

  it('takes a short described subject with a trailing phrase after an inverted cue', () => {
    const q = quoteWith('The meeting deteriorated from there, said one GOP source in the room.', 'meeting deteriorated');
    expect(q.source?.text).toBe('one GOP source');
  });

  it('keeps an appositive with a sum of money inside the subject', () => {
    const q = quoteWith('Ms James, who won the £30,000 painting prize in 2003, said arts funding should be separate from government.', 'arts funding');
    expect(q.source?.text.startsWith('Ms James, who won')).toBe(true);
  });

  it('reads "plans" after a determiner or noun modifier as a noun', () => {
    expect(quotesOf('Other plans include letting maternity pay be given to fathers.')).toEqual([]);
    expect(quoteWith('The Clinton campaign plans to release more medical records.', 'release more').source?.text).toBe('The Clinton campaign');
  });

  it('skips a sentence adverb set off by commas when finding the subject of a participle', () => {
    const q = quoteWith('Recently, however, the coalition issued a paper, calling for permanent bases in the east.', 'permanent bases');
    expect(q.speaker).not.toBe('Recently');
  });

  it('does not report what an opening "Responding to ..." phrase answers', () => {
    const texts = quotesOf("Responding to Ms James' criticisms, Mr Pugh said the review was under way.").map((q) => q.content.text);
    expect(texts).toEqual(['the review was under way']);
  });

  it('reports the clause after ", he said, but" as the same speaker\'s', () => {
    const q = quoteWith('Policy had caused trade problems, he said, but there was now an agreement to end export subsidies.', 'agreement to end');
    expect(q.source?.text).toBe('he');
    expect(q.content.text.startsWith('there was now')).toBe(true);
  });

  it('takes the head before a dashed appositive as the subject', () => {
    const q = quoteWith('Kall -- co-editor of a book on the debates -- said the candidate tended to make announcements.', 'tended to make');
    expect(q.source?.text.startsWith('Kall')).toBe(true);
  });

  it('reads "Polls showed X" as a finding, but not "The documentary shows X"', () => {
    expect(quoteWith('Polls showed a close contest in the state.', 'close contest').source?.text).toBe('Polls');
    expect(quotesOf('The documentary shows some of the tensions between the members.')).toEqual([]);
  });

  it('does not take a day after an inverted cue for its subject', () => {
    const q = quoteWith('"Our assumption is that the veto will be overridden," Mitch McConnell, the majority leader, said Tuesday on the Senate floor.', 'veto will be');
    expect(q.speaker).not.toBe('Tuesday');
    expect(q.source?.text.startsWith('Mitch McConnell')).toBe(true);
  });

  it('keeps a stance inside an earlier report of the same sentence', () => {
    const texts = quotesOf('Mr Sayeed said only a fifth of members had voted against him and he intended to get on with winning the election.').map((q) => q.content.text);
    expect(texts.some((t) => t.startsWith('to get on'))).toBe(false);
    expect(texts.some((t) => t.startsWith('only a fifth'))).toBe(true);
  });
  it('reads cognition verbs (knows, fears, expects) as positions ascribed to the subject', () => {
    expect(quoteWith('The treasurer fears the fund will run dry before winter.', 'fund will run dry').source?.text).toBe('The treasurer');
    expect(quoteWith('She knew the vote would be close.', 'vote would be close').cue?.text).toBe('knew');
  });

  it('reads "questioned" with a plain object as a report', () => {
    expect(quoteWith('The senator questioned the cost of the new bridge.', 'cost of the new bridge').cue?.text).toBe('questioned');
  });
  it('reads verbs of praise and condemnation with a plain object as reports', () => {
    expect(quoteWith('The governor denounced the ruling as a betrayal of voters.', 'ruling as a betrayal').source?.text).toBe('The governor');
  });

  it('reads a stance verb followed by a clause with its own subject and auxiliary, "that" left out', () => {
    expect(quoteWith('Most economists agreed the plan would raise prices.', 'plan would raise prices').cue?.text).toBe('agreed');
  });

  it('reads "worried about" and "talked about" with a plain object as reports', () => {
    expect(quoteWith('Local farmers worried about the price of feed this winter.', 'price of feed').source?.text).toBe('Local farmers');
    expect(quoteWith('The mayor talked about her plans for the harbour.', 'plans for the harbour').cue?.text).toBe('talked about');
  });

  it('reads "spoke to" before a time as a stranded preposition, its listener the gap of a relative clause', () => {
    expect(quotesOf('The farmers I spoke to last week about the new levy were unconvinced.')).toEqual([]);
    expect(quoteWith('She spoke to reporters yesterday about the new levy.', 'levy').cue?.text).toBe('spoke to reporters yesterday about');
  });

  it('ends a report inside a relative clause where the clause hands back to the main verb', () => {
    const q = quoteWith('The treasurer, who said the fund was nearly empty, resigned on Friday.', 'fund was nearly empty');
    expect(q.content.text).toBe('the fund was nearly empty');
  });

  it('gives a participle the described subject of its sentence ("The court blocked X, citing ...")', () => {
    const q = quoteWith('The appeals court blocked the sale, citing a risk to public health.', 'risk to public health');
    expect(q.source?.text).toBe('The appeals court');
  });

  it('reads "ruled that" and "advocated" as reports of a position', () => {
    expect(quoteWith('The county judge ruled that the ballots must be counted.', 'ballots must be counted').source?.text).toBe('The county judge');
    expect(quoteWith('The council advocated a ban on plastic bags.', 'ban on plastic bags').cue?.text).toBe('advocated');
  });

  it('reads a noun-like cognition word after an adjective as a noun ("the greatest fear that")', () => {
    expect(quotesOf('This is the greatest fear that anyone in the valley has.').map((q) => q.cue?.text)).not.toContain('fear');
    expect(quoteWith('Farmers fear that the river will flood.', 'river will flood').cue?.text).toBe('fear');
  });

  it('reads a wh-clause after a time adverbial as the report ("explained on Monday why ...")', () => {
    expect(quoteWith('The mayor explained on Monday why the levy was needed.', 'levy was needed').content.text).toBe('why the levy was needed');
  });

  it('reads "questions" as a noun ("raises questions about")', () => {
    expect(quotesOf('The missing invoice raises questions about the contract.').map((q) => q.cue?.text)).not.toContain('questions');
  });

  it("reports nothing from the article's own yes/no question", () => {
    expect(quotesOf('Does anyone think the mayor will resign before the vote?')).toEqual([]);
  });

  it('skips a plain listener after "told" up to the reported clause', () => {
    expect(quoteWith('The pollster told a radio host that he was surprised by the result.', 'surprised').content.text).toBe('he was surprised by the result');
  });

  it('reads a named object of an endorsement or attack as the report ("X endorses Y")', () => {
    const q = quoteWith('Mayor Ellen Park endorses Rivera', 'Rivera');
    expect(q.content.text).toBe('Rivera');
    expect(q.source?.text).toBe('Mayor Ellen Park');
  });

  it('reads a bare "show" after an evidence noun as a cue, and the noun "show" elsewhere as no cue', () => {
    const q = quoteWith('Polls show a close contest in the state.', 'close contest');
    expect(q.source?.text).toBe('Polls');
    expect(q.cue?.text).toBe('show');
    expect(quoteWith('Trump demeaned women, according to show insiders.', 'demeaned').source?.text).toBe('show insiders');
  });

  it('reads "see/view X as Y" as a judgement of X, object included, unless it stands inside an earlier report', () => {
    const q = quoteWith('Critics see reauthorization of the program as an opportunity to fix problems.', 'reauthorization');
    expect(q.content.text).toBe('reauthorization of the program as an opportunity to fix problems');
    expect(q.cue?.text).toBe('see');
    expect(quoteWith('Birchers viewed communists as terrorists.', 'communists').source?.text).toBe('Birchers');
    const inner = quoteWith('A Ukip MEP suggested Germany saw the EU as an empire.', 'Germany');
    expect(inner.cue?.text).toBe('suggested');
    expect(inner.content.text).toBe('Germany saw the EU as an empire');
  });

  it('reads the participle "painting X as Y" as a judgement, but leaves the noun "painting" alone and inside a subject', () => {
    const q = quoteWith('On Monday, the mayor leaned in hard, painting his rival as a puppet of developers.', 'rival');
    expect(q.content.text).toBe('his rival as a puppet of developers');
    expect(q.source?.text).toBe('the mayor');
    expect(quotesOf('She bought a painting as a gift.')).toEqual([]);
    const subject = quoteWith('Ms Cole, who won the regional painting prize in 2003, said funding should be separate.', 'funding');
    expect(subject.source?.text).toContain('Ms Cole');
  });

  it('reads "rated X as Y" as a judgement, a percentage in the object too, and leaves the adjective "rated" inside a subject', () => {
    const q = quoteWith('The watchdog rated 32% of the claims as false.', 'claims');
    expect(q.content.text).toBe('32% of the claims as false');
    expect(q.source?.text).toBe('The watchdog');
    expect(quoteWith('The highly rated minister said the plan would work.', 'plan').source?.text).toBe('The highly rated minister');
  });

  it('keeps a stance after an opening subordinate clause\'s report, whose report ends at its comma', () => {
    const q = quoteWith('While the county judge found the levy unlawful, the ruling was reversed on appeal, and the state court declined to hear the case.', 'hear the case');
    expect(q.source?.text).toBe('the state court');
    expect(quotesOf('The mayor said the council declined to hear the case.').map((x) => x.cue?.text)).toEqual(['said']);
  });

  it('reads "casting X as Y" as a judgement, but not a vote cast or a casting director', () => {
    const q = quoteWith('The governor, facing a tight race, is casting himself as a friend of small farmers.', 'friend of small');
    expect(q.content.text).toBe('himself as a friend of small farmers');
    expect(q.source?.text).toContain('The governor');
    expect(quotesOf('Most residents cast their votes early.')).toEqual([]);
    expect(quoteWith('The casting director said the audition would be delayed.', 'audition').source?.text).toBe('The casting director');
  });

  it('reads a vote or an aim with its infinitive as a stance, but not a vote against an object', () => {
    const q = quoteWith('A House panel voted Thursday to hold the aide in contempt of Congress.', 'hold the aide');
    expect(q.source?.text).toBe('A House panel');
    expect(quoteWith('He is hoping that states will allow the credits.', 'states will allow').cue?.text).toBe('is hoping');
    expect(quoteWith('The bloc aims to rely less on U.S. support.', 'rely less').source?.text).toBe('The bloc');
    expect(quotesOf('His constituency association voted against a move to deselect him.')).toEqual([]);
  });

  it('reads a vote with its tally or "along party lines" before the infinitive as a stance', () => {
    const q = quoteWith('The licensing board voted 7-2 along party lines, to revoke the casino permit.', 'revoke');
    expect(q.content.text).toBe('to revoke the casino permit');
    expect(q.source?.text).toBe('The licensing board');
    expect(quoteWith('The parish council voted 5-4 to sell the old school.', 'old school').cue?.text).toBe('voted 5-4');
    expect(quotesOf('The parish council voted 5-4 along party lines against the sale.')).toEqual([]);
  });

  it('reads "decided against" with an -ing form as a decision not to', () => {
    const q = quoteWith('The regulator decided against fining the water company this year.', 'fining');
    expect(q.cue?.text).toBe('decided against');
    expect(q.content.text).toBe('fining the water company this year');
    expect(q.source?.text).toBe('The regulator');
    expect(quotesOf('The tribunal decided against the water company.')).toEqual([]);
  });

  it('reads a predicative adjective of attitude with its topic as a cue, but not the adjective after a noun', () => {
    const q = quoteWith('Graham has been critical of Trump.', 'Trump');
    expect(q.cue?.text).toBe('has been critical of');
    expect(q.source?.text).toBe('Graham');
    expect(quoteWith('Clinton aides were coy about whether they would change course.', 'whether').source?.text).toBe('Clinton aides');
    expect(quoteWith('An artist critical of arts funding has denied comparing it with dictatorships.', 'comparing').source?.text).toBe('An artist critical of arts funding');
  });

  it('reads "support"/"back" with an object as a stance, but not the noun or the phrasal verb', () => {
    const q = quoteWith('China and Russia support the government.', 'the government');
    expect(q.content.text).toBe('the government');
    expect(q.source?.text).toBe('China and Russia');
    expect(quoteWith('The Dallas Morning News backed Clinton.', 'Clinton').cue?.text).toBe('backed');
    expect(quotesOf('Mrs. Clinton enjoyed tremendous support from black voters.')).toEqual([]);
    expect(quotesOf('Trump backed off some of his proposals.')).toEqual([]);
  });

  it('reads a comparison with its object and what it is compared with ("likened RT to the BBC", "compared Trump to a coach")', () => {
    expect(quoteWith('Mr. Schultz likened RT to the BBC, which receives some government funding.', 'RT to').content.text).toBe('RT to the BBC');
    const q = quoteWith('Aaron Kall compared Trump to a coach at a basketball game.', 'coach');
    expect(q.content.text).toBe('Trump to a coach at a basketball game');
    expect(q.cue?.text).toBe('compared');
  });

  it('reads a share of those polled choosing a side as its preference ("46 percent would choose X", "52% of respondents oppose Y")', () => {
    const q = quoteWith('Among likely voters, 46 percent would choose Smith and 44 percent would back Jones.', 'Smith');
    expect(q.source?.text).toBe('46 percent');
    expect(q.cue?.text).toBe('would choose');
    expect(quoteWith('Among likely voters, 46 percent would choose Smith and 44 percent would back Jones.', 'Jones').source?.text).toBe('44 percent');
    expect(quoteWith('In the survey, 52% of respondents oppose the new runway.', 'runway').source?.text).toBe('52% of respondents');
    expect(quoteWith('Only 1 percent support the Green candidate.', 'Green candidate').source?.text).toContain('1 percent');
    expect(quotesOf('The party sits at 85 percent support among young voters.')).toEqual([]);
  });

  it('reads the participle "speaking of X" with its topic, while "X, speaking to Y, said" keeps its subject whole', () => {
    const q = quoteWith('“It worries people,” said Ms Hart, speaking of the hospital closures.', 'hospital closures');
    expect(q.content.text).toBe('the hospital closures');
    expect(q.source?.text).toBe('Ms Hart');
    expect(quoteWith('The mayor, speaking to reporters in Leeds, said the roads would reopen.', 'roads').source?.text).toContain('The mayor');
  });

  it('reads a work or author that documents or chronicles events as reporting them, and keeps the noun "documents" in a subject', () => {
    expect(quoteWith('The new film documents how the mill town lost its jobs.', 'mill town').source?.text).toBe('The new film');
    expect(quoteWith('The author also chronicles the strikes that followed the closures.', 'strikes').source?.text).toBe('The author');
    expect(quoteWith('Leaked documents from the council show that the depot will close.', 'depot').source?.text).toContain('documents from the council');
  });

  it('reads "linked X to Y" and "tied X to Y" as an asserted connection, object and all, but not "was linked to" or "ties to"', () => {
    const q = quoteWith('The senator repeatedly linked the rise in burglaries to the closure of youth clubs.', 'burglaries');
    expect(q.content.text).toBe('the rise in burglaries to the closure of youth clubs');
    expect(q.source?.text).toBe('The senator');
    expect(quoteWith('The mayor tied the flooding to years of neglected drains.', 'flooding').content.text).toBe('the flooding to years of neglected drains');
    expect(quotesOf('The councillor was linked to the planning scandal.')).toEqual([]);
    expect(quotesOf('The councillor has close ties to the builders.')).toEqual([]);
  });
});

describe('a predicative noun of attitude with its topic', () => {
  it('reads "is a staunch opponent of X" and "has been a loyal supporter of X" as positions', () => {
    const q = quoteWith('The mayor is a staunch opponent of the new pipeline.', 'pipeline');
    expect(q.content.text).toBe('the new pipeline');
    expect(q.source?.text).toBe('The mayor');
    expect(quoteWith('Ms Reyes has been a loyal and outspoken supporter of rail projects.', 'rail').cue?.text).toBe('has been a loyal and outspoken supporter of');
  });

  it('leaves other nouns with "of" alone', () => {
    expect(quotesOf('The mayor is a member of the new committee.')).toEqual([]);
  });
});

describe('bare "show" after an evidence noun with a phrase of its own', () => {
  it('reads "Figures from the ministry show that ..." and "records from the audit show ..." as findings', () => {
    expect(quoteWith('Figures from the ministry show that exports fell.', 'exports').source?.text).toBe('Figures from the ministry');
    expect(quoteWith('The records from the 2001 audit show he took a large loss.', 'large loss').content.text).toBe('he took a large loss');
  });

  it('leaves the noun "show" alone', () => {
    expect(quotesOf('Viewers of the late-night show laughed loudly.')).toEqual([]);
  });
});

describe('the perfect "have shown" of an evidence noun', () => {
  it('reads "surveys have shown X" and "CLAUSE, other studies have shown" as findings', () => {
    const q = quoteWith('Recent surveys in the region have steadily shown the mayor\'s support slipping.', 'support slipping');
    expect(q.source?.text).toBe('Recent surveys in the region');
    expect(quoteWith('Many rural towns are losing their banks, several studies have shown.', 'rural towns').source?.text).toBe('several studies');
  });

  it('leaves the passive "was shown" alone', () => {
    expect(quotesOf('The film was shown to pupils on Tuesday.')).toEqual([]);
  });
});

describe('"agree with" someone', () => {
  it('reads agreeing with a person as a position, like "disagreed with"', () => {
    const q = quoteWith('The council leader agreed with the auditors about the shortfall.', 'shortfall');
    expect(q.content.text).toBe('the auditors about the shortfall');
    expect(q.cue?.text).toBe('agreed with');
    expect(quoteWith('Patel largely agreed with Okafor.', 'Okafor').source?.text).toBe('Patel');
  });

  it('keeps the weak "agree" without "with" needing a clause', () => {
    expect(quotesOf('The two sides agreed on Tuesday.')).toEqual([]);
  });
});

describe('degree words and "in public" between a verb of speaking and its topic', () => {
  it('reads "speaks more often in public about X" as speaking about X', () => {
    const q = quoteWith('The governor speaks more often in public about schools than about roads.', 'schools');
    expect(q.cue?.text).toBe('speaks more often in public about');
    expect(q.source?.text).toBe('The governor');
  });

  it('still needs the topic word', () => {
    expect(quotesOf('The governor speaks more often in public these days.')).toEqual([]);
  });
});

describe('a phrase of the setting between a verb of speaking and its topic', () => {
  it('reads "spoke at X about Y" and "is speaking out ahead of X about Y" as speaking about Y', () => {
    const q = quoteWith('The harbour master spoke at a packed town hall about the silting of the channel.', 'silting');
    expect(q.content.text).toBe('the silting of the channel');
    expect(q.source?.text).toBe('The harbour master');
    expect(quoteWith('A retired admiral is speaking out ahead of the budget vote about cuts to the fleet.', 'cuts').cue?.text).toBe('is speaking out ahead of the budget vote about');
  });

  it('leaves an "of" after the setting to its noun', () => {
    expect(quotesOf('The harbour master spoke at a meeting of the port board.')).toEqual([]);
  });

  it('reads an "of" after a noun of an occasion of speaking as the topic', () => {
    const q = quoteWith('The harbour master spoke during her address of the silting of the channel.', 'silting');
    expect(q.cue?.text).toBe('spoke during her address of');
    expect(q.content.text).toBe('the silting of the channel');
  });
});

describe('"make the case" as arguing', () => {
  it('reads "made the case that/for" and "tried to make the case to X that" as arguments', () => {
    const q = quoteWith('The treasurer tried on Monday to make the case to reluctant councillors that the levy is fair.', 'levy is fair');
    expect(q.content.text).toBe('the levy is fair');
    expect(q.source?.text).toBe('The treasurer');
    expect(quoteWith('The union has often made the case for shorter shifts.', 'shorter shifts').source?.text).toBe('The union');
  });

  it('leaves "the case" as a noun alone', () => {
    expect(quotesOf('The judge made the case files public on Friday.')).toEqual([]);
  });
});

describe('"weigh in" as commenting', () => {
  it('reads "weighed in on/about/with X" with its topic', () => {
    const q = quoteWith('Several councillors weighed in on Monday about whether the depot should close.', 'depot');
    expect(q.content.text).toBe('whether the depot should close');
    expect(q.source?.text).toBe('Several councillors');
    expect(quoteWith('The bishop weighed in on the housing row.', 'housing row').cue?.text).toBe('weighed in on');
  });

  it('leaves weighing in at a weight, and plain weighing, alone', () => {
    expect(quotesOf('The champion weighed in at 90 kilos.')).toEqual([]);
    expect(quotesOf('The ministers weighed the options carefully.')).toEqual([]);
  });
});

describe('"pressed X on/about" as questioning', () => {
  it('reads "pressed him on X" and "pressed Okafor about X" with their topic', () => {
    const q = quoteWith('The host pressed her on her refusal to publish the accounts.', 'refusal');
    expect(q.content.text).toBe('her refusal to publish the accounts');
    expect(q.source?.text).toBe('The host');
    expect(quoteWith('Reporters pressed Okafor about the missing funds.', 'missing funds').cue?.text).toBe('pressed Okafor about');
  });

  it('leaves pressing on, pressing buttons and the noun "press" alone', () => {
    expect(quotesOf('The convoy pressed on towards the border.')).toEqual([]);
    expect(quotesOf('She pressed the button on the console.')).toEqual([]);
    expect(quoteWith('The governor, at a later press briefing, said the roads would reopen.', 'roads').source?.text).toContain('The governor');
  });
});

describe('a subject pronoun and its verb after a weak cue, "that" left out', () => {
  it('reads "signalled he wants X" and "agreed it’s Y" as reported clauses', () => {
    expect(quoteWith('The union has signalled it wants a shorter week.', 'shorter week').content.text).toBe('it wants a shorter week');
    expect(quoteWith('The board agreed it’s time for a new chief.', 'new chief').cue?.text).toBe('agreed');
  });

  it('leaves an object pronoun after a weak cue alone', () => {
    expect(quotesOf('The firm offered them bonuses last year.')).toEqual([]);
  });
});

describe('a noun of intention with its infinitive after a weak cue', () => {
  it('reads "signalled (a) readiness to ..." as the stance', () => {
    const q = quoteWith('The teachers union has signalled a readiness to resume talks with the council.', 'resume talks');
    expect(q.content.text).toBe('a readiness to resume talks with the council');
    expect(q.source?.text).toBe('The teachers union');
  });

  it('leaves "to" before a noun phrase alone', () => {
    expect(quotesOf('The mayor showed a commitment to the new library.')).toEqual([]);
  });
});

describe('"show" with a noun phrase and its participle', () => {
  it('reads the scene shown as the report ("It shows a guard opening the gate ...")', () => {
    const q = quoteWith('The clip lasts a minute. It shows a guard opening the gate for the convoy.', 'opening the gate');
    expect(q.content.text).toBe('a guard opening the gate for the convoy');
    expect(q.source?.text).toBe('It');
  });

  it('leaves "show" with a plain object alone', () => {
    expect(quotesOf('He shows the visitors around the old mill.')).toEqual([]);
  });
});
