import {
  countCharacters,
  findForbiddenCharacter,
  forbiddenCharacterProblem,
} from './characters';

describe('countCharacters', () => {
  it('counts code points, so an emoji is one character', () => {
    expect(countCharacters('abc')).toBe(3);
    expect(countCharacters('😀'.repeat(1001))).toBe(1001);
    expect('😀'.repeat(1001).length).toBe(2002);
    expect(countCharacters('\ud800x')).toBe(2);
  });
});

describe('findForbiddenCharacter', () => {
  it('finds U+0000 and the other C0 controls, with their position in characters', () => {
    expect(findForbiddenCharacter('Great logs,\u0000 slow')).toEqual({
      kind: 'control',
      code: 0,
      position: 12,
    });
    expect(findForbiddenCharacter('😀😀\u001b[31m')).toEqual({
      kind: 'control',
      code: 0x1b,
      position: 3,
    });
  });

  it('accepts tab, line feed, carriage return and every printable character', () => {
    expect(findForbiddenCharacter('a\tb\nc\r\nd ü 😀 \u007f')).toBeUndefined();
  });

  it('finds half of a surrogate pair', () => {
    expect(findForbiddenCharacter('ab\ud800')).toEqual({
      kind: 'surrogate',
      code: 0xd800,
      position: 3,
    });
    expect(findForbiddenCharacter('\udc00')).toMatchObject({ position: 1 });
  });

  it('says which field, which character and where', () => {
    expect(forbiddenCharacterProblem('body.comment', 'Great logs,\u0000')).toBe(
      'body.comment contains a control character (U+0000) at position 12; remove it',
    );
    expect(forbiddenCharacterProblem('title', 'x\udfff')).toBe(
      'title contains half of a surrogate pair (U+DFFF) at position 2; send well-formed Unicode text',
    );
    expect(forbiddenCharacterProblem('title', 'fine')).toBeUndefined();
  });
});
