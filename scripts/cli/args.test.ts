import { describe, expect, it } from 'vitest';
import { choiceFlag, numberFlag, OptionError, readFlags, rejectFlag, stringFlag } from './args';

const TABLE = { name: 'string', count: 'string', rate: 'string', quiet: 'boolean' } as const;

describe('readFlags', () => {
  it('reads --flag value, --flag=value and boolean flags', () => {
    const values = readFlags(['--name', 'a b', '--count=3', '--quiet', '--rate', '-0.5'], TABLE);
    expect([...values]).toEqual([['name', 'a b'], ['count', '3'], ['quiet', true], ['rate', '-0.5']]);
  });

  it.each([
    [['--colour', 'red'], /^Unknown option --colour\. Allowed: --name, --count, --rate, --quiet\.$/],
    [['stray'], /^Unexpected argument "stray"/],
    [['--'], /^Unexpected argument "--"/],
    [['--name'], /^--name needs a value\.$/],
    [['--name', '--count', '1'], /^--name needs a value\.$/],
    [['--name='], /^--name needs a value; got an empty one\.$/],
    [['--name', 'a', '--name', 'b'], /^--name is given twice/],
    [['--quiet=yes'], /^--quiet takes no value; got "yes"\.$/],
  ])('refuses %j', (argv, message) => {
    expect(() => readFlags(argv, TABLE)).toThrow(OptionError);
    expect(() => readFlags(argv, TABLE)).toThrow(message);
  });
});

describe('value flags', () => {
  const values = readFlags(['--name', 'sgd', '--count', '1e3', '--rate', '0.25'], TABLE);

  it('returns undefined for absent flags', () => {
    expect([stringFlag(values, 'quiet'), choiceFlag(new Map(), 'name', ['a']), numberFlag(new Map(), 'count')]).toEqual([undefined, undefined, undefined]);
  });

  it('accepts allowed choices and numbers in decimal or exponent notation', () => {
    expect(choiceFlag(values, 'name', ['adam', 'sgd'])).toBe('sgd');
    expect(numberFlag(values, 'count', { integer: true, min: 1 })).toBe(1000);
    expect(numberFlag(values, 'rate', { min: 0, below: 1 })).toBe(0.25);
  });

  it('names the flag, the value and what is allowed', () => {
    expect(() => choiceFlag(values, 'name', ['adam', 'rmsprop'])).toThrow('--name "sgd" is not allowed; use one of adam, rmsprop.');
    const bad = (text: string, rule = {}) => () => numberFlag(new Map([['count', text]]), 'count', rule);
    expect(bad('abc')).toThrow('--count "abc" is not allowed; use a number.');
    expect(bad('1.5', { integer: true, min: 1 })).toThrow('--count "1.5" is not allowed; use a whole number from 1.');
    expect(bad('0x10')).toThrow(OptionError);
    expect(bad('Infinity')).toThrow(OptionError);
    expect(bad('1,000')).toThrow(OptionError);
    expect(bad('1', { min: 0, below: 1 })).toThrow('--count "1" is not allowed; use a number from 0 up to (not including) 1.');
    expect(bad('11', { min: 0, max: 10 })).toThrow('use a number from 0 to 10.');
  });

  it('refuses a flag that means nothing in the combination', () => {
    expect(() => rejectFlag(values, 'count', 'applies only to X')).toThrow('--count applies only to X.');
    expect(() => rejectFlag(values, 'quiet', 'applies only to X')).not.toThrow();
  });
});
