import { describe, expect, it } from 'vitest';
import { findCues } from '../../src/extract/cues.js';
import { tokenize } from '../../src/extract/tokens.js';
import { quoteWith, quotesOf } from './helpers.js';

const cues = (s: string): string[] => {
  const tokens = tokenize(s, 0, s.length, () => -1);
  return findCues(tokens).map((c) => tokens.slice(c.first, c.last + 1).map((t) => t.text).join(' '));
};

describe('reporting cues', () => {
  it('finds cues in every tense, with their auxiliaries and adverbs', () => {
    expect(cues('Mr Reed has already said the plan works.')).toEqual(['has already said']);
    expect(cues('She will argue the case is closed.')).toEqual(['will argue']);
    expect(cues('The minister warned that costs would rise.')).toEqual(['warned']);
    expect(cues('He is alleged to have said it.')).toEqual(['is alleged', 'have said']);
  });

  it('joins the particle of "called for" and "called on" to the cue', () => {
    expect(cues('The group has called for ID cards.')).toEqual(['has called for']);
    expect(cues('She called on ministers to act.')).toEqual(['called on']);
    expect(cues('They called the plan a joke.')).toEqual(['called']);
  });

  it('does not read a compound noun as a cue', () => {
    expect(cues('Labour Together, an influential think tank, is working with the group.')).toEqual([]);
  });

  it('treats "according to" as a cue', () => {
    expect(cues('According to officials, the vote was close.')).toEqual(['According to']);
  });

  it('does not read nouns as cues', () => {
    expect(cues('The claims were false and the warnings late.')).toEqual([]);
  });
  it('reads "made it clear" with a clause as a cue, and not before a noun', () => {
    expect(quoteWith('In an interview, the general made it clear he would not sign the deal.', 'sign the deal').source?.text).toBe('the general');
    expect(quotesOf('The storm made clear skies impossible for days.')).toEqual([]);
  });

  it('reads a singular bare form after "a/an" and an adjective as a noun', () => {
    expect(cues('He paused to make an improbable remark.')).toEqual([]);
    expect(cues('The town is waiting for the next attack.')).toEqual([]);
    expect(cues('After the 9/11 attacks, the city changed.')).toEqual([]);
    expect(cues('Ann Ross, 59, claims the vote was rigged.')).toEqual(['claims']);
    expect(cues('Officials described a coordinated attack on the grid.')).toEqual(['described']);
  });

  it('reads an -s form right after a past-tense verb as its object noun ("renewed fears")', () => {
    expect(cues('The flood renewed fears along the coast.')).toEqual([]);
    expect(cues('The mayor fears another flood.')).toEqual(['fears']);
    expect(cues('They made plans to build a wall.')).toEqual([]);
    expect(cues('The host began taking calls from listeners.')).toEqual([]);
  });

});

describe('cues in another aspect or with adverbs before their particle', () => {
  it('reads "went on to say", "continues to insist" and "appeared to suggest" as cues', () => {
    expect(cues('Ms Reed went on to explain that the scheme had failed.')).toEqual(['went on to explain']);
    expect(cues('The council continues to insist that the road is safe.')).toEqual(['continues to insist']);
    expect(cues('He wants to say more.')).toEqual(['wants']); // the stance, not "say"
  });

  it('takes the subject before the aspect verb as the source', () => {
    expect(quoteWith('Small groups of protesters continued to call for more information about the shooting.', 'information').source?.text).toBe('Small groups of protesters');
    expect(quoteWith('Ms Reed went on to explain that the scheme had failed.', 'scheme').source?.text).toBe('Ms Reed');
  });

  it('lets adverbs stand between "spoke" and its "of" or "about"', () => {
    expect(cues('The bishop spoke movingly of his years in the parish.')).toEqual(['spoke movingly of']);
    expect(cues('She spoke out on Tuesday about the closures.')).toEqual(['spoke out on Tuesday about']);
    expect(cues('She spoke at the rally.')).toEqual([]);
    expect(cues('The bishop talks to the mayor about the closures.')).toEqual(['talks to the mayor about']);
  });
});

describe('communication verbs whose object is the message', () => {
  it('are cues, and their object is what is reported', () => {
    expect(cues('The auditor detailed the missing payments.')).toEqual(['detailed']);
    expect(cues('Residents voiced doubts about the bypass.')).toEqual(['voiced']);
    expect(cues('The mayor laid out her plans for the docks.')).toEqual(['laid out']);
    expect(quoteWith('The auditor detailed the missing payments to the trust.', 'missing').source?.text).toBe('The auditor');
  });

  it('include "propound" and "pooh-pooh", which put forward and dismiss a view', () => {
    expect(quoteWith('The candidate is propounding views that alarm his own party.', 'views').source?.text).toBe('The candidate');
    const q = quoteWith('The minister has pooh-poohed the panel\'s finding that the dam leaks.', 'finding');
    expect(q.cue?.text).toBe('has pooh-poohed');
    expect(q.source?.text).toBe('The minister');
  });
});

describe('disagreement, request and apology verbs', () => {
  it('are cues', () => {
    expect(cues('The union disagreed with the ruling.')).toEqual(['disagreed with']);
    expect(cues('Parents protested the closure of the school.')).toEqual(['protested']);
    expect(cues('The chairman apologised for the delay.')).toEqual(['apologised']);
  });
});

describe('attitude verbs', () => {
  it('are cues: what someone admires or prefers is a position the article ascribes', () => {
    expect(cues('The senator openly admires the governor.')).toEqual(['openly admires']);
    expect(cues('Most members prefer a later vote.')).toEqual(['prefer']);
    expect(cues('She sees as her main task the reform of the courts.')).toEqual(['sees as']);
  });
});

describe('"as X put it"', () => {
  it('is a cue for the clause it comments on, while "put it on the table" reports nothing', () => {
    expect(quoteWith('As the operator put it, the ferry was late.', 'ferry').source?.text).toBe('the operator');
    expect(quoteWith('The ferry was late, as the operator put it in a statement.', 'ferry').content.text).toBe('The ferry was late');
    expect(quotesOf('She put it on the table and left.')).toEqual([]);
  });
});

describe('verb-only forms before "of"', () => {
  it('reads "spoke of" and "says of" as cues, unlike the noun "claims of"', () => {
    expect(quotesOf('The bishop spoke of the long history of the abbey.').map((q) => q.cue?.text)).toEqual(['spoke of']);
    expect(quotesOf('The councillor says of the plan, "It will never be built."').map((q) => q.source?.text)).toEqual(['The councillor']);
    expect(quotesOf('Claims of fraud were dismissed by the court.').filter((q) => q.cue?.text === 'Claims')).toEqual([]);
  });
});

describe('an -ly adverb between subject and verb', () => {
  it('joins the cue, so the subject before it is found ("has sharply criticised")', () => {
    const q = quotesOf('The mayor, in particular, has sharply criticised the new bus lanes.')[0];
    expect(q?.cue?.text).toBe('has sharply criticised');
    expect(q?.source?.text).toBe('The mayor, in particular');
  });
});

describe('"has learned" as a report of what a source found out', () => {
  it('reads "CLAUSE, the Gazette has learned." with the paper as source', () => {
    const q = quotesOf('The council kept the closure of the library secret for a month, the Gazette has learned.')[0];
    expect(q?.source?.text).toBe('the Gazette');
    expect(q?.content.text).toBe('The council kept the closure of the library secret for a month');
  });
});

describe('a bare form after a possessive', () => {
  it('reads "Editor’s note:" as a noun, not a cue, and keeps "he’s said" a cue', () => {
    expect(quotesOf('Editor’s note: Donald Trump regularly incites political violence.')).toEqual([]);
    expect(quotesOf('He’s said the count was fair.').map((q) => q.content.text)).toEqual(['the count was fair']);
  });
});

describe('a judgement in the passive', () => {
  it('reads "were rated as" and "is considered" as cues with no source', () => {
    const q = quoteWith('A majority of Democratic statements were rated as mostly true.', 'statements');
    expect(q.content.text).toBe('A majority of Democratic statements were rated as mostly true');
    expect(q.source).toBeNull();
    expect(cues('The court is considered favourable to debtors.')).toEqual(['is considered']);
    expect(cues('The committee considered the bill.')).toEqual([]);
  });
});

describe('a hedge in the passive with "not" or an adverb', () => {
  it('reads "is not thought to" like "is thought to": no cue', () => {
    expect(cues('North Korea is not thought to be capable of it.')).toEqual([]);
    expect(cues('The virus is widely believed to have spread.')).toEqual([]);
  });
});

describe('a bare form after a determiner and a hyphenated modifier', () => {
  it('reads "his early-morning tweets" as a noun phrase', () => {
    expect(cues('Trump is defending his early-morning tweets, saying they show his stamina.')).toEqual(['is defending', 'saying']);
  });
});

describe('a negated auxiliary before a cue', () => {
  it('joins the cue, so the source is the subject alone ("He didn’t believe ...")', () => {
    expect(cues('He didn’t believe the figures were right.')).toEqual(['didn’t believe']);
    expect(quoteWith('She doesn’t think the plan will work.', 'plan').source?.text).toBe('She');
  });
});

describe('a document that "reads"', () => {
  it('reports the quotation as the document\'s words ("“...,” the letter reads.")', () => {
    expect(quoteWith('“Our children are thriving in charter schools,” the letter reads.', 'thriving').source?.text).toBe('the letter');
    expect(cues('She reads the paper every morning.')).toEqual([]);
  });
});

describe('verbs of speaking with their topic', () => {
  it('reads "has spoken about X", "commented on X", "brags about X" with the topic as the report', () => {
    expect(quoteWith('She has spoken about the need for reforms.', 'need for reforms').cue?.text).toBe('has spoken about');
    const q = quoteWith('Trump has also commented on the shooting death.', 'shooting death');
    expect(q.cue?.text).toBe('has also commented on');
    expect(q.content.text).toBe('the shooting death');
    expect(quoteWith('Trump continually brags about his prowess in debates.', 'prowess').source?.text).toBe('Trump');
  });
});

describe('adverbs of time and degree between the auxiliary and the cue', () => {
  it('joins "long", "since", "almost" to the cue, so the source is the subject alone', () => {
    expect(quoteWith('The mayor has long argued that the bridge is unsafe.', 'bridge').source?.text).toBe('The mayor');
    expect(quoteWith('Critics have since argued that the bridge is unsafe.', 'bridge').source?.text).toBe('Critics');
    expect(quoteWith('Ministers almost unanimously agreed that the plan would fail.', 'plan').source?.text).toBe('Ministers');
  });

  it('joins "together" and "jointly" to the cue, so a relative pronoun before them is the source', () => {
    const q = quoteWith('The two unions, which together vowed to fight the closure, met on Monday.', 'fight the closure');
    expect(q.source?.text).toBe('which');
    expect(q.cue?.text).toBe('together vowed');
    expect(quoteWith('The mayors jointly announced that the ferry would run all winter.', 'ferry').source?.text).toBe('The mayors');
  });
});

describe('a cue form in -s before a verb of its own', () => {
  it('is a plural noun in the subject ("Rights advocates say ...", "advocates have warned")', () => {
    expect(quoteWith('Rights advocates say the policy hurts poor families.', 'policy hurts').source?.text).toBe('Rights advocates');
    expect(quoteWith('Local advocates have warned that the bridge is unsafe.', 'bridge').cue?.text).toBe('have warned');
    expect(quoteWith('She advocates cutting the tax.', 'cutting').cue?.text).toBe('advocates');
  });
});

describe('discourse idioms built on "say"', () => {
  it('reads "Having said that,", "That said," and "It goes without saying" as no cue', () => {
    expect(cues('Having said that, some engineers argue that the bridge is safe.')).toEqual(['argue']);
    expect(cues('That said, the engineers insist that the bridge is safe.')).toEqual(['insist']);
    expect(quotesOf('It goes without saying that the bridge is old.')).toEqual([]);
  });
});

describe('"suspect" as a verb of belief', () => {
  it('reads the bare form after a plural subject as a cue, and leaves the noun alone', () => {
    expect(quoteWith('Many experts suspect those losses were generated by tax breaks.', 'losses').source?.text).toBe('Many experts');
    expect(quotesOf('The suspect ran from the police.')).toEqual([]);
  });
});

describe('senses of cue verbs that report nothing', () => {
  it('reads "found a way" and "find themselves" as no cue, but keeps a finding', () => {
    expect(cues('The lawyers found a clever way around the ban.')).toEqual([]);
    expect(cues('Aid workers often find themselves in danger.')).toEqual([]);
    expect(cues('The inquiry found that the ban was unlawful.')).toEqual(['found']);
  });

  it('reads calling in by phone as no cue', () => {
    expect(cues('The senator called into a local radio show on Monday.')).toEqual([]);
    expect(cues('She called in to a televised town hall.')).toEqual([]);
    expect(cues('The mayor called on residents to stay home.')).toEqual(['called on']);
  });

  it('reads "assume" with an object as taking it on, and with a clause as an assumption', () => {
    expect(cues('The deputy would assume office in March.')).toEqual([]);
    expect(cues('The new owner has assumed the debts of the mill.')).toEqual([]);
    expect(cues('Investors assume the rates will fall.')).toEqual(['assume']);
  });

  it('reads an impersonal passive ("it was announced that") as naming no sayer; an admission with a subject stays a cue', () => {
    expect(quotesOf('It was announced last spring that two county libraries would close.')).toEqual([]);
    expect(quotesOf('It has been reported that the mayor will resign.')).toEqual([]);
    expect(cues('It was admitted that the figures had been wrong.')).toEqual([]);
    expect(cues('The board admitted that the figures had been wrong.')).toEqual(['admitted']);
  });

  it('reads maintaining an indefinite object as keeping it, and maintaining a clause as a claim', () => {
    expect(quotesOf('The foundation in Leeds maintains a scheme to train young nurses abroad.')).toEqual([]);
    expect(quoteWith('The inspector maintains a fire was started deliberately.', 'fire').cue?.text).toBe('maintains');
  });

  it('reads welcoming people as hosting them, and welcoming a thing as a stance', () => {
    expect(quotesOf('As she welcomed some two hundred visitors, the curator was also planning her retirement.')).toEqual([]);
    expect(quotesOf('The dean welcomed them to the new library on Monday.')).toEqual([]);
    expect(quoteWith('The union welcomed the ruling on pensions.', 'ruling').cue?.text).toBe('welcomed');
  });

  it('reads "add" before an amount as arithmetic, and before a clause as a remark', () => {
    expect(quotesOf('The levy would eventually add $40 billion over eight years.')).toEqual([]);
    expect(quotesOf('Last spring the treasurer added 3p per gallon.')).toEqual([]);
    expect(quoteWith('The mayor added 40% of the buses were late.', 'buses').cue?.text).toBe('added');
  });

  it('reads "intended to" right after a thing as a reduced passive, and after a person as an intention', () => {
    expect(cues('Her knees still ached from a course of shots intended to ease the pain.')).toEqual([]);
    expect(cues('The council passed a levy intended to fund the bridge.')).toEqual([]);
    expect(cues('The minister intended to resign in May.')).toEqual(['intended']);
  });

  it('reads "asked of" someone as naming who is asked, unless a question or quotation follows', () => {
    expect(quotesOf('It is a question rarely asked of a candidate for governor.')).toEqual([]);
    expect(quoteWith('A nurse asked of the cuts: "Who will pay for this?"', 'Who will pay').source?.text).toBe('A nurse');
  });

  it('reads a passive "called" with no complement as summoning or convening, and keeps one with a complement', () => {
    expect(quotesOf('The fire brigade was called but the barn had burnt down by then.')).toEqual([]);
    expect(quotesOf('A ceasefire has been called in the run-up to the talks.')).toEqual([]);
    expect(cues('The witness was formally called to the inquiry.')).toEqual([]);
    expect(cues('The mayor was called a coward by his rivals.')).toEqual(['was called']);
    expect(cues('The chef was called out by food critics.')).toEqual(['was called']);
  });

  it('reads a passive "found" with a place or a finder as a discovery, and with an infinitive or a verdict as a finding', () => {
    expect(quotesOf('Boxes of ballot papers were found by a cleaner at the depot.')).toEqual([]);
    expect(quotesOf('From those checks, about forty forged permits were found.')).toEqual([]);
    expect(cues('Only a dozen staff were found to be at fault.')).toEqual(['were found']);
    expect(cues('The landlord was found guilty of fraud.')).toEqual(['was found']);
  });

  it('reads a cue right after "let\'s" or "let us" as the writer\'s own exhortation', () => {
    expect(quotesOf("Let's hope the new ferry runs on time this winter.")).toEqual([]);
    expect(quotesOf('Let us suppose the council raises the levy.')).toEqual([]);
  });

  it('reads a modal passive with no agent as foreseeing a telling, not reporting one', () => {
    expect(quotesOf('The winner of the ballot will be announced on Friday.')).toEqual([]);
    expect(quotesOf('Such hopeful noises could be dismissed as wishful thinking.')).toEqual([]);
    expect(quoteWith('A spokesman said the full list will not be revealed until May.', 'full list').cue?.text).toBe('said');
    expect(cues('The ruling could be expected to stand.')).toEqual(['could be expected']);
  });

  it('reads a modal passive judgement as the article\'s forecast, and keeps a present one', () => {
    expect(quotesOf('The closure of the pier will be seen as a blow to the town.')).toEqual([]);
    expect(cues('The closure of the pier is seen as a blow to the town.')).toEqual(['is seen']);
  });

  it('reads a correspondent\'s "reported from" byline as no report', () => {
    expect(quotesOf('Jane Smith reported from Kabul, and Tom Reed from Islamabad.')).toEqual([]);
  });

  it('reads "as predicted" as the article\'s own voice', () => {
    expect(quotesOf('But in May the company failed, as predicted.')).toEqual([]);
    expect(quotesOf('In May the company failed as predicted.')).toEqual([]);
  });

  it('reads "it is worth noting that" as the article\'s own remark', () => {
    expect(quotesOf('It is worth noting that the bridge was built in 1990.')).toEqual([]);
  });
});

describe('a base form after a past-tense verb', () => {
  it('is that verb\'s object noun ("has faced ridicule online"), but a bare infinitive after "helped" stays a cue', () => {
    expect(quotesOf('The new video has faced ridicule online since it was posted on Tuesday.')).toEqual([]);
    expect(quotesOf('The mayor helped promote the new stadium plan.').map((q) => q.cue?.text)).toContain('promote');
  });
});

describe('a cue form before "such as"', () => {
  it('is a noun with its examples ("advocates such as the Sierra Club")', () => {
    expect(quotesOf('The list runs from labor unions to green advocates such as the Sierra Club and Greenpeace.')).toEqual([]);
  });
});

describe('a cue form after "under"', () => {
  it('is a noun, in the subject\'s appositive too', () => {
    const q = quoteWith('The minister, under attack from MPs, admitted the scheme had failed.', 'scheme');
    expect(q.content.text).toBe('the scheme had failed');
    expect(q.cue?.text).toBe('admitted');
    expect(q.source?.text).toBe('The minister, under attack from MPs');
    expect(quotesOf('The chief executive was under questioning from the committee for an hour.')).toEqual([]);
  });
});

describe('a cue form after a determiner and a superlative', () => {
  it('is a noun ("their worst fears"), while "the protest" leaves a verb after it a cue', () => {
    expect(cues('The campaign plays on their worst fears about jobs.')).toEqual([]);
    expect(cues('The gravest warnings came from the navy.')).toEqual([]);
    expect(cues('The man at the protest claims that he was pushed.')).toEqual(['claims']);
  });
});

describe('a cue form that needs "that" before a relative "that"', () => {
  it('is a noun when a finite auxiliary follows "that" ("traffic rules that would ban ..."); "ruled that the law ..." stays a cue', () => {
    expect(cues('The council passed traffic rules that would ban lorries from the high street.')).toEqual([]);
    expect(cues('The court ruled that the new law was unlawful.')).toEqual(['ruled that']);
  });
});

describe('a passive "observed"/"admitted" without "that"', () => {
  it('keeps a day or lets a person in ("is observed as a day of rest", "were admitted as refugees")', () => {
    expect(quotesOf('The festival is observed as a day of rest across the region.')).toEqual([]);
    expect(quotesOf('Forty families were admitted as refugees last spring.')).toEqual([]);
  });
});

describe('an -ed cue form right after a preposition', () => {
  it('modifies the noun after it ("despite repeated warnings"), so it is no cue', () => {
    expect(cues('The council went ahead despite repeated warnings from residents.')).toEqual([]);
    expect(cues('The council repeated its warnings to residents.')).toEqual(['repeated']);
  });
});

describe('"backed by" without a form of "be"', () => {
  it('is a reduced passive describing a noun, no stance of its subject', () => {
    expect(quotesOf('A rebel group armed by its neighbours and backed by the region is active in the north.')).toEqual([]);
    expect(quoteWith('The mayor backed the new bridge on Monday.', 'bridge').source?.text).toBe('The mayor');
  });
});

describe('"puts the figure at" an amount', () => {
  it('reads "puts the figure at" an amount as an estimate, its currency sign kept, but not "put X at the heart of"', () => {
    const q = quoteWith('The harbour trust puts the cost of the repairs at £4m a year.', '4m');
    expect(q.content.text).toBe('£4m a year');
    expect(q.cue?.text).toBe('puts the cost of the repairs at');
    expect(q.source?.text).toBe('The harbour trust');
    expect(quoteWith('Local officials put the death toll at more than 30.', 'more than').source?.text).toBe('Local officials');
    expect(quotesOf('She put the cost of living at the heart of her campaign.')).toEqual([]);
  });
});

describe('voicing a call: "sounded a call for", "joined calls for"', () => {
  it('reads the call\'s object as the demand, and no other sense of joining', () => {
    const q = quoteWith('The bishop sounded a call for the council to reopen the shelter.', 'reopen');
    expect(q.content.text).toBe('the council to reopen the shelter');
    expect(q.cue?.text).toBe('sounded a call for');
    expect(quoteWith('Ms Reyes, a local councillor, joined calls for an inquiry into the fire.', 'inquiry').source?.text).toBe('Ms Reyes, a local councillor');
    expect(quotesOf('The ward sister joined the union in 2004.')).toEqual([]);
  });
});

describe('"recognising that" as a participle of belief', () => {
  it('reads the participle before "that", with its clause\'s subject, but not "recognising" an object', () => {
    const q = quoteWith('The mayor was upbeat on Monday, perhaps recognising that the vote had already been won.', 'vote had');
    expect(q.source?.text).toBe('The mayor');
    expect(quotesOf('It would be a way of recognising young people who volunteer.')).toEqual([]);
  });
});

describe('displeasure at a claim or a move: "bristled at", "was balking at"', () => {
  it('reads the object after "at" as the position\'s topic, but not the adjective "bristling"', () => {
    const q = quoteWith('The union leaders bristled at repeated questions about their pay deal.', 'repeated questions');
    expect(q.source?.text).toBe('The union leaders');
    expect(q.cue?.text).toBe('bristled at');
    expect(quoteWith('The council was balking at the cost of the new bridge.', 'cost of').source?.text).toBe('The council');
    expect(quotesOf('He wore a bristling moustache to the gala.')).toEqual([]);
  });
});

describe('objecting: "took offense at", "took issue with", "takes exception to"', () => {
  it('reads the object after the preposition, but not other things taken', () => {
    const q = quoteWith('The coach took offense at suggestions that his side had been lucky.', 'his side');
    expect(q.source?.text).toBe('The coach');
    expect(q.cue?.text).toBe('took offense at');
    expect(quoteWith('Two governors took issue with the new ferry timetable.', 'ferry timetable').source?.text).toBe('Two governors');
    expect(quotesOf('The issue took months to settle.')).toEqual([]);
  });
});

describe('a negated cue corrected by "but" and a second cue', () => {
  it('drops the negated cue with a plain object, and keeps one with a clause or without a correction', () => {
    expect(cues("The bishop did not endorse the other parties' policies but argued they had a right to them.")).toEqual(['argued']);
    expect(cues('The mayor did not say that the budget failed but warned it was thin.')).toEqual(['did not say', 'warned']);
    expect(cues('She never mentioned the plan.')).toEqual(['never mentioned']);
  });
});

describe('attacking a rival in words: "has gone after X"', () => {
  it('reads the person gone after, and the judgement with it, but not a time or a goal after "after"', () => {
    const q = quoteWith('In recent weeks, Senator Hale has gone after Mayor Ross as a reckless spender.', 'reckless');
    expect(q.source?.text).toBe('Senator Hale');
    expect(q.cue?.text).toBe('has gone after');
    expect(q.content.text).toBe('Mayor Ross as a reckless spender');
    expect(quoteWith('The senator went after him over the missed vote.', 'missed vote').source?.text).toBe('The senator');
    expect(quotesOf('Ms Lee went after the meeting to the station.')).toEqual([]);
    expect(quotesOf('The governor is going after a second term.')).toEqual([]);
  });
});

describe('doubting a claim or a choice: "question the wisdom of", "questions whether"', () => {
  it('reads the bare verb with its object, but not the noun', () => {
    const q = quoteWith('Some farmers question the wisdom of selling the mill.', 'wisdom');
    expect(q.source?.text).toBe('Some farmers');
    expect(q.cue?.text).toBe('question');
    expect(quoteWith('Rivera questions whether the ferry can run all year.', 'ferry').content.text).toBe('whether the ferry can run all year');
    expect(quotesOf('He answered questions about the harbour deal.')).toEqual([]);
    expect(quotesOf('Reporters raised questions the board must face.')).toEqual([]);
    expect(quotesOf('It is the one question that will decide the race.')).toEqual([]);
    expect(quoteWith('Israel questions the new border treaty.', 'treaty').source?.text).toBe('Israel');
  });
});

describe('airing a view openly: "made no secret of", "make little secret of"', () => {
  it('reads the object after "of" as the view, but not a secret kept', () => {
    const q = quoteWith('Mr Okafor has made no secret of his ambition to lead the party.', 'ambition');
    expect(q.source?.text).toBe('Mr Okafor');
    expect(q.cue?.text).toBe('has made no secret of');
    expect(q.content.text).toBe('his ambition to lead the party');
    expect(quotesOf('The firm made a secret of its accounts for years.')).toEqual([]);
  });
});

describe('voicing doubts: "raised questions about", "raised concerns over"', () => {
  it('reads the topic as what a named or appositive subject doubts, but not an inference from a thing', () => {
    const q = quoteWith('Ms Ross raised concerns over the cost of the new bridge.', 'cost');
    expect(q.source?.text).toBe('Ms Ross');
    expect(q.cue?.text).toBe('raised concerns over');
    expect(q.content.text).toBe('the cost of the new bridge');
    expect(quoteWith('The clerk, Ann Kerr, has raised questions about whether the ballots were counted.', 'ballots').speaker).toBe('Ann Kerr');
    expect(quotesOf('The findings raised troubling questions about the inquiry.')).toEqual([]);
    expect(quotesOf('The memo leaked, raising questions about the deal.')).toEqual([]);
  });
});

describe('making a remark about a topic: "made a strong condemnation of", "made dubious claims about"', () => {
  it('reads the topic as the remark\'s, but not a channel, a day or a remark not made', () => {
    const q = quoteWith('The council on Friday made a strong condemnation of the latest missile test.', 'missile');
    expect(q.source?.text).toBe('The council');
    expect(q.cue?.text).toBe('made a strong condemnation of');
    expect(q.content.text).toBe('the latest missile test');
    expect(quotesOf('The bishop made the comments on Radio Solent.')).toEqual([]);
    expect(quotesOf('Ms Hale never made any comment about the vote.')).toEqual([]);
  });
});

describe('setting out a case: "will lay out", "laying out"', () => {
  it('reads the bare form and the participle with "out" like "laid out", but not laying eggs', () => {
    const q = quoteWith('Ms Grant will lay out her plans for the rail network on Monday.', 'rail network');
    expect(q.source?.text).toBe('Ms Grant');
    expect(q.cue?.text).toBe('will lay out');
    expect(quotesOf('Hens lay eggs in the barn.')).toEqual([]);
  });
});

describe('offering a piece of advice, evidence or opinion: "offered insights into"', () => {
  it('reads the object as what was said, but leaves other offers to the weak cue', () => {
    const q = quoteWith('In defending himself, Senator Hale offered insights into a ruthless approach to business.', 'ruthless');
    expect(q.source?.text).toBe('Senator Hale');
    expect(q.cue?.text).toBe('offered');
    expect(q.content.text).toBe('insights into a ruthless approach to business');
    expect(quoteWith('The council offered its assessment of the storm damage.', 'storm damage').source?.text).toBe('The council');
    expect(quotesOf('The firm offered a generous deal.')).toEqual([]);
  });
});

describe('an attitude of love towards a person or a place: "loves", "would have loved"', () => {
  it('reads the object as the position, but not the noun phrase "loved ones"', () => {
    const q = quoteWith('Ms Grant loves the old library on Park Road.', 'old library');
    expect(q.source?.text).toBe('Ms Grant');
    expect(q.cue?.text).toBe('loves');
    expect(quoteWith('My uncle would have loved the new mayor.', 'new mayor').cue?.text).toBe('would have loved');
    expect(quotesOf('She visited her loved ones in May.')).toEqual([]);
  });
});
