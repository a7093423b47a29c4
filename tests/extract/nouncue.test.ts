import { describe, expect, it } from 'vitest';
import { quoteWith, quotesOf } from './helpers.js';

// Session 4: an owned noun of saying before a that-clause reports the clause as the owner's.
describe('noun cues', () => {
  it('reads "X\'s conclusion that ..." with X as the source', () => {
    const q = quotesOf("Okafor's conclusion that the ferry was unsafe surprised the panel.").find((x) => x.cue?.text === 'conclusion');
    expect(q?.content.text.startsWith('the ferry was unsafe')).toBe(true);
    expect(q?.source?.text).toBe("Okafor's");
  });

  it('reads "a Daily Post report that ..." with the paper as the source', () => {
    const q = quotesOf('The minister is seizing upon a Daily Post report that the port had lost money.').find((x) => x.cue?.text === 'report');
    expect(q?.source?.text).toBe('Daily Post');
    expect(q?.content.text).toBe('the port had lost money');
  });

  it('resolves "his claim that ..." to the earlier speaker', () => {
    const qs = quotesOf('Mr Alvarez spoke to reporters on Monday. He stood by his claim that the levy was unfair.');
    expect(qs.find((x) => x.cue?.text === 'claim')?.speaker).toBe('Alvarez');
  });

  it('leaves an unowned noun and a relative "that" alone', () => {
    expect(quotesOf('The claim that he made was odd.')).toEqual([]);
    expect(quotesOf('Amid a warning that the mill would close, the town met.')).toEqual([]);
  });

  it('reads "amid growing fears that ..." and "dogged by charges that ..." as claims nobody is named for, not even an earlier speaker', () => {
    const qs = quotesOf('Mr Alvarez spoke to reporters on Monday. The council met amid growing fears that the harbour would silt up.');
    const q = qs.find((x) => x.cue?.text === 'fears');
    expect(q?.content.text).toBe('the harbour would silt up');
    expect(q?.source).toBeNull();
    expect(q?.speaker).toBeNull();
    expect(quoteWith('The firm has long been dogged by charges that it underpaid its drivers.', 'underpaid').cue?.text).toBe('charges');
    expect(quotesOf('She quashed speculation that the mill would close.').find((x) => x.cue?.text === 'speculation')).toBeUndefined();
  });

  it('reads "there is agreement that ..." and "there are still concerns that ..." as claims nobody is named for', () => {
    const q = quoteWith('After the vote there was broad agreement that the ferry should keep running.', 'ferry');
    expect(q.cue?.text).toBe('agreement');
    expect(q.speaker).toBeNull();
    expect(quoteWith('There are still concerns that some clinics are not open at weekends.', 'clinics').source).toBeNull();
    expect(quotesOf('The agreement that the two towns signed was short.')).toEqual([]);
  });

  it('reads an owned estimate or forecast with its topic, but not an unowned one', () => {
    const q = quoteWith("That was enough to keep the central bank's estimate of inflation close to 2 percent.", 'inflation');
    expect(q.cue?.text).toBe('estimate of');
    expect(q.source?.text).toContain('bank');
    expect(quotesOf('The estimate of the cost was high.')).toEqual([]);
  });

  it('keeps "The Post reports that ..." a verb', () => {
    expect(quotesOf('The Daily Post reports that the mill will close.')[0]?.source?.text).toBe('The Daily Post');
  });

  it('reads an owned noun of intention with its infinitive ("his determination to ..."), not a preposition "to"', () => {
    const q = quotesOf('The speech showed his determination to act alone on the climate.').find((x) => x.cue?.text === 'determination');
    expect(q?.content.text).toBe('to act alone on the climate');
    expect(q?.source?.text).toBe('his');
    expect(quotesOf('He raised his commitment to the group to $20 million.')).toEqual([]);
  });

  it('reads an owned noun of saying with its topic ("his comment about X"), not a time after "on"', () => {
    const q = quotesOf('He made his infamous comment about 47 percent of the country.').find((x) => x.cue?.text === 'comment about');
    expect(q?.content.text).toBe('47 percent of the country');
    expect(q?.source?.text).toBe('his');
    const k = quotesOf("Analysts doubted North Korea's claims about the potency of its test.").find((x) => x.content.text === 'the potency of its test');
    expect(k).toBeUndefined();
    expect(quotesOf('His remarks on Saturday carried a personal tone.')).toEqual([]);
    const t = quotesOf("Trump's skepticism on climate change has hurt him with young voters.").find((x) => x.cue?.text === 'skepticism on');
    expect(t?.content.text).toBe('climate change');
  });

  it('lets a day stand between the noun and its topic, which ends before an irregular past verb', () => {
    const q = quotesOf('The governor’s comments Tuesday on the flooding came as rescuers searched the area.').find((x) => x.cue?.text === 'comments Tuesday on');
    expect(q?.content.text).toBe('the flooding');
    expect(q?.source?.text).toBe('The governor’s');
  });
});

describe('a noun of intention before a comma', () => {
  it('ends its infinitive at the comma, so the main clause is its own report', () => {
    const text = 'His pledges to cut taxes notwithstanding, independent analyses agree the plan would raise them.';
    expect(quoteWith(text, 'cut taxes').content.text).toBe('to cut taxes notwithstanding');
    expect(quoteWith(text, 'raise them').source?.text).toBe('independent analyses');
  });
});

describe('an owned noun of saying in an opening phrase', () => {
  it('reports its that-clause up to the phrase\'s comma', () => {
    const text = 'Contrary to his claim that people would learn nothing, the files hold a wealth of detail.';
    expect(quoteWith(text, 'learn nothing').content.text).toBe('people would learn nothing');
  });
});

describe('a noun of saying with its sayer after "from"', () => {
  it('reports the that-clause as the sayer\'s ("warnings from the engineer that ...")', () => {
    const q = quoteWith('The council went ahead despite warnings from the city engineer that the bridge was unsafe.', 'bridge');
    expect(q.source?.text).toBe('the city engineer');
    expect(q.content.text).toBe('the bridge was unsafe');
    expect(quotesOf('The letters from the city that arrived on Monday were late.')).toEqual([]);
  });
});

describe('a copular infinitive of saying after an owned noun', () => {
  it('reads "X\'s answer was to say ..." as X\'s report', () => {
    const q = quoteWith("Asked about the deficit, Mayor Okafor's only answer was to say the books would balance by spring.", 'books');
    expect(q.content.text).toBe('the books would balance by spring');
    expect(q.source?.text).toBe("Mayor Okafor's");
    expect(q.cue?.text).toBe('only answer was to say');
  });

  it('leaves a plan or a verb outside saying alone', () => {
    expect(quotesOf('Her plan is to sell the house in May.')).toEqual([]);
    expect(quotesOf('His first instinct was to run for the door.')).toEqual([]);
  });
});

describe('a reproach the subject faced', () => {
  it('reads "faced sharp criticism for ..." as the claim of critics nobody names, not the subject\'s', () => {
    const q = quoteWith('Mr Alvarez spoke on Monday. Ms Diaz has faced sharp criticism for closing the clinic in the old town.', 'clinic');
    expect(q.content.text).toBe('closing the clinic in the old town');
    expect(q.cue?.text).toBe('has faced sharp criticism for');
    expect(q.source).toBeNull();
    expect(q.speaker).toBeNull();
    expect(quoteWith('The board came under fierce criticism over the cuts to bus routes.', 'bus routes').content.text).toBe('the cuts to bus routes');
    expect(quoteWith("The mayor's aide faced criticism for the delay to the tram.", 'tram').source).toBeNull();
  });

  it('leaves a choice faced, or a reproach with no topic, alone', () => {
    expect(quotesOf('She faced a difficult choice about the farm.')).toEqual([]);
    expect(quotesOf('The plan drew criticism after the vote.')).toEqual([]);
  });
});
