import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/index.js';

// A unit holding only ". ! ?" is searched with indexOf, one holding an ellipsis or bullet character
// with the regex: both searches must find the same boundaries.
describe('candidate marks, with and without characters beyond ASCII', () => {
  const ascii = 'Did it work? Yes! It did. Prices rose 2.5 percent. Mr. Smith agreed.';
  const expected = ['Did it work?', 'Yes!', 'It did.', 'Prices rose 2.5 percent.', 'Mr. Smith agreed.'];

  it('finds the ASCII marks in order, whichever comes first', () => {
    expect(splitSentences(ascii, 'en')).toEqual(expected);
    expect(splitSentences('Why?! Because. Fine!', 'en')).toEqual(['Why?!', 'Because.', 'Fine!']);
  });

  it('gives the same boundaries when a wide mark appears elsewhere in the unit', () => {
    expect(splitSentences(`${ascii} Then silence…`, 'en')).toEqual([...expected, 'Then silence…']);
    expect(splitSentences(`Wait… Then ${ascii}`, 'en')).toEqual(['Wait…', `Then ${expected[0]}`, ...expected.slice(1)]);
  });

  it('handles marks at the very start and end of a unit', () => {
    expect(splitSentences('. Start here. End.', 'en')).toEqual(['.', 'Start here.', 'End.']);
    expect(splitSentences('?', 'en')).toEqual(['?']);
    expect(splitSentences('No marks at all', 'de')).toEqual(['No marks at all']);
  });
});
