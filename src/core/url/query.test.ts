import { describe, expect, it } from 'vitest';
import { formatQuery, parseQuery } from './query';

describe('formatQuery', () => {
  it('keeps the order and leaves commas, colons and dots readable', () => {
    expect(formatQuery([{ key: 'net', value: 'conv6x5same.tanh,flatten' }, { key: 'lr', value: '1e-7' }, { key: 'x', value: 'a:b c&d=e' }]))
      .toBe('net=conv6x5same.tanh,flatten&lr=1e-7&x=a:b%20c%26d%3De');
  });

  it('gives an empty string for no parameters', () => {
    expect(formatQuery([])).toBe('');
  });
});

describe('parseQuery', () => {
  it('reads with or without a question mark, in order', () => {
    for (const query of ['?b=2&a=1', 'b=2&a=1']) {
      const parsed = parseQuery(query);
      expect([...parsed.values]).toEqual([['b', '2'], ['a', '1']]);
      expect(parsed.notices).toEqual([]);
    }
  });

  it('undoes escapes, reads + as a space, and skips empty pieces', () => {
    expect([...parseQuery('x=a%3Ab%20c%26d%3De&&y=1+2&z').values]).toEqual([['x', 'a:b c&d=e'], ['y', '1 2'], ['z', '']]);
  });

  it('round-trips what formatQuery writes', () => {
    const params = [{ key: 'a', value: 'é,ü?&=#+%' }, { key: 'b c', value: '' }];
    expect([...parseQuery(formatQuery(params)).values]).toEqual([['a', 'é,ü?&=#+%'], ['b c', '']]);
  });

  it('keeps the first of repeated keys and says so', () => {
    const parsed = parseQuery('seed=3&seed=4');
    expect(parsed.values.get('seed')).toBe('3');
    expect(parsed.notices).toEqual(['Ignored seed=4 (seed is given more than once; the first one counts).']);
  });

  it('skips a broken escape with a notice', () => {
    const parsed = parseQuery('lr=%E0%A4&ep=3');
    expect([...parsed.values]).toEqual([['ep', '3']]);
    expect(parsed.notices).toEqual(['Ignored lr=%E0%A4 (a broken %-escape).']);
  });

  it('treats __proto__ as an ordinary key', () => {
    expect(parseQuery('__proto__=1').values.get('__proto__')).toBe('1');
  });
});
