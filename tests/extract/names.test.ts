import { describe, expect, it } from 'vitest';
import { parseName } from '../../src/extract/names.js';
import { quoteWith } from './helpers.js';

describe('a possessive inside a name run', () => {
  it('names the owned person after a possessive, or the full-name owner of a one-word thing', () => {
    expect(parseName("Labour's Jo Pennant")?.name).toBe('Jo Pennant');
    expect(parseName("Health Secretary Alan Pennant's Wakefield")).toMatchObject({ name: 'Alan Pennant', role: 'Health Secretary' });
  });

  it('leaves one word on each side as it was, with no telling which is the person', () => {
    expect(parseName("Pennant's Wakefield")?.name).toBe('Pennant Wakefield');
  });
});

describe('places of worship and campaigns are no persons', () => {
  it('reads a temple as a place and an Operation or Action group as an organisation', () => {
    expect(parseName('Sri Ganesha Temple')?.type).toBe('place');
    expect(parseName('Operation Fair Vote')?.type).toBe('organisation');
    expect(parseName('Bexford Rail Action')?.type).toBe('organisation');
    expect(parseName('Charlotte Kirkby')?.type).toBe('person');
  });
});

describe('letters after a name', () => {
  it('are no part of the name, and leave the name to the speaker ("Frank Field MP", "Ann Cole QC")', () => {
    expect(quoteWith('Former welfare minister Tom Hale MP said the scheme should go.', 'scheme').speaker).toBe('Tom Hale');
    expect(quoteWith('Ann Cole QC, for the families, said the inquiry was too slow.', 'inquiry').speaker).toBe('Ann Cole');
    expect(parseName('Tom Hale MSP')?.name).toBe('Tom Hale');
  });

  it('stay a description after a party or an article ("Tory MP", "The Leeds Central MP")', () => {
    expect(parseName('Tory MP')).toBeNull();
    expect(parseName('The Leeds Central MP')?.name).not.toBe('Leeds Central');
  });
});

describe('a party label before a name', () => {
  it('is the label, not the given name ("Republican Donald Trump", "Lib Dem Norman Baker")', () => {
    expect(parseName('Republican Tom Hale')).toMatchObject({ name: 'Tom Hale', role: 'Republican' });
    expect(parseName('Lib Dem Ann Cole')?.name).toBe('Ann Cole');
    expect(quoteWith('Tory Tom Hale said the plan was weak.', 'plan was weak').speaker).toBe('Tom Hale');
  });

  it('stays when no full name follows it ("Republican Party", "Tory Hale")', () => {
    expect(parseName('Tory Hale')?.name).toBe('Tory Hale');
  });
});

describe('an office named by its organisation before a role word', () => {
  it('is held by the person named after the role ("House Speaker Paul Ryan", "Home Office Minister Hazel Blears")', () => {
    expect(parseName('House Speaker Tom Hale')).toMatchObject({ name: 'Tom Hale', type: 'person' });
    expect(parseName('Home Office Minister Ann Cole')).toMatchObject({ name: 'Ann Cole', type: 'person' });
    const text = 'Senate Majority Leader Tom Hale said the bill was fair. "The votes are there," he said.';
    expect(quoteWith(text, 'votes are there').speaker).toBe('Tom Hale');
  });

  it('stays the organisation with no name after the role, or an "of" after it', () => {
    expect(parseName('Senate Intelligence Committee')?.type).toBe('organisation');
    expect(parseName('Office of the Director of Public Prosecutions')?.type).toBe('organisation');
  });
});

describe('an epithet before a given name and a surname', () => {
  it('is no part of the name ("Rival Hillary Clinton", "Backbencher Stephen Pound")', () => {
    expect(parseName('Rival Janet Hale')).toMatchObject({ name: 'Janet Hale', gender: 'f' });
    expect(parseName('Veteran Tom Hale')?.name).toBe('Tom Hale');
    expect(quoteWith('Maverick backbencher Tom Hale spoke first. Outspoken Tom Hale said the plan was weak.', 'plan was weak').speaker).toBe('Tom Hale');
  });

  it('stays when the run opens with a given name or holds a connector ("Sarah Jessica Parker")', () => {
    expect(parseName('Sarah Jane Hale')?.name).toBe('Sarah Jane Hale');
    expect(parseName('Bank of England James Hale')?.name).not.toBe('James Hale');
    expect(parseName("Dockers' Christian Fellowship")).toMatchObject({ name: 'Dockers Christian Fellowship', type: 'organisation' });
  });
});

describe('a sentence-opening "Neither"', () => {
  it('is no part of the name after it', () => {
    const q = quoteWith('Janet Hale was cleared on Monday. Neither Hale nor her aides were charged. She said she was relieved.', 'relieved');
    expect(q.speaker).toBe('Janet Hale');
  });
});

describe('a run opening with a nationality and no given name', () => {
  it('is a body or a group, not a person a later pronoun could be ("Scottish Water", "UK Muslims")', () => {
    expect(parseName('Welsh Ferries')?.type).toBe('organisation');
    expect(parseName('British Tom Hale')?.type).toBe('person');
    const q = quoteWith('Ann Cole praised Scottish Buses for their help. She said the roads were open.', 'roads');
    expect(q.speaker).toBe('Ann Cole');
  });

  it('leaves a lone nationality or country to its own reading', () => {
    expect(parseName('UK')?.type).not.toBe('organisation');
  });
});

describe('"New Year"', () => {
  it('names nobody a pronoun could be', () => {
    expect(parseName('New Year')).toBeNull();
    expect(quoteWith('In his New Year address the minister spoke. Tom Hale praised the New Year honours. He said they were deserved.', 'deserved').speaker).toBe('Tom Hale');
  });
});
