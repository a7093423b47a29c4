import { describe, expect, it } from 'vitest';
import { looksLikePerson } from '../../src/link/personEvidence.js';
import { isDescription, namesCompatible, parseName } from '../../src/link/personName.js';
import { parseRole } from '../../src/link/roleText.js';

describe('parseName', () => {
  it.each([
    ['Tory leader Michael Howard', 'Michael Howard', 'Tory leader'],
    ['Chancellor Gordon Brown', 'Gordon Brown', 'Chancellor'],
    ['Treasurer Lord Ashcroft', 'Lord Ashcroft', 'Treasurer'],
    ['Guy Mansfield QC', 'Guy Mansfield', null],
    ["Geoff Hoon's Ashfield", 'Geoff Hoon', null],
    ["LCF's Andrea Williams", 'Andrea Williams', "LCF's"],
    ['Laura Brownlees of Save', 'Laura Brownlees', null],
    ['Lord Roberts of Conwy', 'Lord Roberts of Conwy', null],
    ['Australian Lynton Crosby', 'Lynton Crosby', 'Australian'],
    ['Dawn French', 'Dawn French', null],
  ])('reads %s as the name %s', (text, name, role) => {
    const parsed = parseName(text);
    expect(parsed.name).toBe(name);
    expect(parsed.role).toBe(role);
  });

  it('tells a surname after an honorific from a first name after Sir', () => {
    expect(parseName('Mr Brown')).toMatchObject({ key: 'brown', surnameOnly: true, firstNameOnly: false, gender: 'male' });
    expect(parseName('Sir Keir')).toMatchObject({ key: 'keir', surnameOnly: false, firstNameOnly: true });
    expect(parseName('Ahead of Mr Kennedy')).toMatchObject({ key: 'kennedy', surnameOnly: true });
    expect(parseName('Lord Kinnock of Bedwellty')).toMatchObject({ territorial: 'kinnock' });
    expect(parseName('Neil Kinnock')).toMatchObject({ territorial: null });
    expect(parseName('King Michael of Romania')).toMatchObject({ territorial: null });
  });

  it('knows a description from a name', () => {
    expect(isDescription('the prime minister')).toBe(true);
    expect(isDescription('Downing Street sources')).toBe(true);
    expect(isDescription('Tony Blair')).toBe(false);
  });
});

describe('namesCompatible', () => {
  it('accepts suffixes and initials, refuses other first names', () => {
    expect(namesCompatible('duncan smith', 'iain duncan smith')).toBe(true);
    expect(namesCompatible('g brown', 'gordon brown')).toBe(true);
    expect(namesCompatible('george bush', 'george w bush')).toBe(true);
    expect(namesCompatible('nick brown', 'gordon brown')).toBe(false);
    expect(namesCompatible('gordon brown', 'gordon banks')).toBe(false);
  });

  it('takes a familiar form of a given name for the full one, and nothing further', () => {
    expect(namesCompatible('jim hallorann', 'james hallorann')).toBe(true);
    expect(namesCompatible('freddie morrow', 'frederick morrow')).toBe(true);
    expect(namesCompatible('chris pellow', 'christine pellow')).toBe(true);
    expect(namesCompatible('christopher pellow', 'christine pellow')).toBe(false);
    expect(namesCompatible('jim hallorann', 'john hallorann')).toBe(false);
  });
});

describe('parseRole', () => {
  it('splits party, place and organisation qualifiers off the title', () => {
    expect(parseRole('Tory leader')).toMatchObject({ title: 'leader', party: expect.objectContaining({ name: 'Conservative Party' }) });
    expect(parseRole('Bassetlaw MP')).toMatchObject({ title: 'MP', placeName: 'Bassetlaw' });
    expect(parseRole('chief executive of Labour Together')).toMatchObject({ title: 'chief executive', organisationName: 'Labour Together' });
    expect(parseRole('Chancellor of the Exchequer')).toMatchObject({ title: 'Chancellor of the Exchequer', organisationName: null });
    expect(parseRole('former Home Secretary')).toMatchObject({ title: 'Home Secretary', former: true });
    expect(parseRole('Sir')).toBeNull();
    expect(parseRole('Tanzania Mr')).toBeNull();
    expect(parseRole('British')).toBeNull();
    expect(parseRole('UK Chancellor')).toMatchObject({ title: 'Chancellor' });
    expect(parseRole('Conservative')).toMatchObject({ membershipOnly: true, party: expect.objectContaining({ name: 'Conservative Party' }) });
    expect(parseRole('Euro MP')).toMatchObject({ title: 'Euro MP', placeName: null });
  });
});

describe('looksLikePerson', () => {
  const cluster = (name: string, mentions: string[] = [name]) => ({
    name,
    type: 'person' as const,
    aliases: [],
    roles: [],
    mentions: mentions.map((text, i) => ({ start: i, end: i + text.length, text })),
  });
  it('wants a first name or an honorific, and refuses ordinary words', () => {
    expect(looksLikePerson(cluster('Vincent Cable'), 'Vincent Cable', false, false)).toBe(true);
    expect(looksLikePerson(cluster('Kisrty Williams', ['Kisrty Williams', 'Ms Williams']), 'Kisrty Williams', false, false)).toBe(true);
    expect(looksLikePerson(cluster('Cape Town'), 'Cape Town', false, false)).toBe(false);
    expect(looksLikePerson(cluster('Vote Blair'), 'Vote Blair', true, false)).toBe(false);
    expect(looksLikePerson(cluster('Kilo of Semtex'), 'Kilo of Semtex', true, false)).toBe(false);
  });
  it('refuses a channel with a digit in its name and a place compromise knows whole', () => {
    expect(looksLikePerson(cluster('BBC2 Newsnight'), 'BBC2 Newsnight', true, false)).toBe(false);
    expect(looksLikePerson(cluster('Sri Lanka'), 'Sri Lanka', true, false)).toBe(false);
    expect(looksLikePerson(cluster('Sydney Smith'), 'Sydney Smith', true, false)).toBe(true);
    expect(looksLikePerson(cluster('David Hill'), 'David Hill', true, false)).toBe(true);
    expect(looksLikePerson(cluster('Hannah Ward'), 'Hannah Ward', true, false)).toBe(true);
  });
});
