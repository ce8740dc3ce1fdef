import { toParagraphs } from './paragraphs';

describe('toParagraphs', () => {
  it('splits on blank lines and keeps single line breaks', () => {
    expect(toParagraphs('Bonjour,\n\nVotre code : 1234\nValable 15 minutes.\n \n\nCordialement')).toEqual([
      'Bonjour,',
      'Votre code : 1234\nValable 15 minutes.',
      'Cordialement',
    ]);
  });

  it('accepts Windows line endings and ignores surrounding blank lines', () => {
    expect(toParagraphs('\r\nUn\r\n\r\nDeux\r\n')).toEqual(['Un', 'Deux']);
  });

  it('gives nothing for an empty body', () => {
    expect(toParagraphs('  \n\n ')).toEqual([]);
  });
});
