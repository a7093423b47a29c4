import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { quoteWith } from './helpers.js';

const TEXT = [
  'The Trade Secretary Patricia Hewitt announced the plans on Sunday.',
  'Ms Hewitt said the pay would rise by 2007.',
  'The Shadow Secretary Theresa May said: "These plans were announced in December."',
  'She said the Conservatives would announce their own proposals soon.',
  'Mr Brown was not available. Hewitt said the costs were covered.',
].join('\n\n');

describe('coreference', () => {
  it('resolves a title and surname to the fullest name', () => {
    expect(quoteWith(TEXT, 'pay would rise').speaker).toBe('Patricia Hewitt');
    expect(quoteWith(TEXT, 'costs were covered').speaker).toBe('Patricia Hewitt');
  });

  it('resolves a pronoun to the last speaker of the same gender, across paragraphs', () => {
    const q = quoteWith(TEXT, 'Conservatives would announce');
    expect(q.source?.text).toBe('She');
    expect(q.speaker).toBe('Theresa May');
  });

  it('resolves "he" past a nearer woman to the man', () => {
    const text = 'Gordon Brown met Ms Reeves on Monday.\n\nHe said the economy was in good shape.';
    expect(quoteWith(text, 'economy').speaker).toBe('Gordon Brown');
  });

  it('clusters mentions and roles into entities', () => {
    const art = extractArticle('t', 'Environment Secretary Steve Reed said the plan works.\n\nReed said jobs were coming.');
    const reed = art.entities.find((e) => e.name === 'Steve Reed');
    expect(reed?.type).toBe('person');
    expect(reed?.roles).toContain('Environment Secretary');
    expect(reed?.mentions.length).toBeGreaterThanOrEqual(2);
    const q = art.quotes[1];
    expect(q && art.entities[q.speakerEntity ?? -1]?.name).toBe('Steve Reed');
  });
});

describe('entity clusters', () => {
  it('joins "Sir Keir" to Keir Starmer and keeps titles out of roles', () => {
    const art = extractArticle('t', 'Sir Keir Starmer met the group.\n\nLabour Together helped Sir Keir win the leadership.');
    const keir = art.entities.filter((e) => e.name === 'Keir Starmer');
    expect(keir).toHaveLength(1);
    expect(keir[0]?.aliases).toContain('Sir Keir');
    expect(keir[0]?.roles).not.toContain('Sir');
  });

  it('takes roles from appositives of a source', () => {
    const art = extractArticle('t', 'Its chief executive, Jonathan Ashworth, told the BBC the think tank was busy.');
    const ja = art.entities.find((e) => e.name === 'Jonathan Ashworth');
    expect(ja?.roles).toContain('chief executive');
  });

  it('types places apart from people', () => {
    const art = extractArticle('t', 'Officials at Heathrow Airport said the runway would open.');
    expect(art.entities.find((e) => e.name === 'Heathrow Airport')?.type).toBe('place');
  });
});

describe('relative pronouns', () => {
  it('resolves "who" to the name right before it', () => {
    const q = quoteWith('Gordon Brown met Tony Blair, who said the summit had gone well.', 'summit');
    expect(q.source?.text).toBe('who');
    expect(q.speaker).toBe('Tony Blair');
  });
});

describe("peers' territorial titles", () => {
  it("joins a peer's territorial title to the cluster the article calls by that peerage", () => {
    const art = extractArticle(
      't',
      'Baron Haldane takes his seat\n\nFormer minister Peter Haldane said the chamber needed reform.\n\nLord Haldane of Penrose told peers: "We must change."\n\nMr Haldane said more later.',
    );
    const haldanes = art.entities.filter((e) => e.type === 'person' && /Haldane/.test(e.name));
    expect(haldanes.map((e) => e.name)).toEqual(['Peter Haldane']);
    expect(haldanes[0]?.aliases).toContain('Lord Haldane of Penrose');
  });

  it('keeps a territorial title apart from a namesake the article never calls a peer', () => {
    const text = 'Councillor Owen Maddox said the plan was flawed.\n\nLord Maddox of Carrow said the plan was sound.\n\nMr Maddox said he would vote against it.';
    const art = extractArticle('t', text);
    const names = art.entities.filter((e) => e.type === 'person' && /Maddox/.test(e.name)).map((e) => e.name);
    expect(names).toEqual(['Owen Maddox', 'Maddox of Carrow']);
    expect(quoteWith(text, 'vote against').speaker).toBe('Owen Maddox');
  });
});

describe('familiar given names', () => {
  it('puts "Jim Hallorann" in the cluster of "James Hallorann", and not "John Hallorann"', () => {
    const art = extractArticle('t', 'James Hallorann said the law was unjust.\n\nJim Hallorann has said so for years.\n\nJohn Hallorann disagreed.');
    const names = art.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(names).toEqual(['James Hallorann', 'John Hallorann']);
  });
});

describe('the two Houses', () => {
  it('reads "the Lords" as the House of Lords and "Law Lords" as no person', () => {
    const art = extractArticle('t', 'Peers in the Lords rejected the bill.\n\nThe House of Lords will vote again.\n\nThe Law Lords ruled on the case.');
    const byName = new Map(art.entities.map((e) => [e.name, e]));
    expect(byName.get('House of Lords')?.type).toBe('organisation');
    expect(byName.get('House of Lords')?.mentions.length).toBeGreaterThanOrEqual(2);
    expect(byName.get('Law Lords')?.type).toBe('organisation');
    expect(art.entities.filter((e) => e.type === 'person')).toEqual([]);
  });
});

describe('the pronoun I after a name', () => {
  it('ends a name run at "I" unless the name before it is a given name with a regnal number', () => {
    const art = extractArticle('t', 'Letters\n\nNot being a fan of Mr Kilroy Silk I think the party is right, one reader wrote.\n\nCharles I was beheaded in 1649.');
    const names = art.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(names).toContain('Kilroy Silk');
    expect(names).toContain('Charles I');
    expect(names.some((n) => n.endsWith('Silk I'))).toBe(false);
  });
});

describe('a party named by its adjective', () => {
  it('is the party, not a person a later "he" could mean ("the Liberal Democrat leader", "Lib Dem chairman")', () => {
    const text = 'Ed Fenn, the party chief, spoke first.\n\nLib Dem chairman Ed Fenn has written to the watchdog. He said the calls broke the rules.';
    expect(quoteWith(text, 'broke the rules').speaker).toBe('Ed Fenn');
    const art = extractArticle('t', 'Mr Hale said the Liberal Democrat plan was weak. The Conservative proposals were better, he said.');
    expect(art.entities.some((e) => e.type === 'person' && /Democrat|Conservative/.test(e.name))).toBe(false);
  });
});
