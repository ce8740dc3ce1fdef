import type { HelpBlock, HelpLine, HelpQuestion } from '@portail/domain';

/**
 * What the search compares: lower-case words without accents, whatever separates them (spaces,
 * apostrophes, guillemets), so that « delai » finds « délai » and « l’Urssaf » finds « l'Urssaf ».
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const textOfLine = (line: HelpLine): string => line.map((run) => run.text).join('');

function textOfBlock(block: HelpBlock): string[] {
  switch (block.kind) {
    case 'paragraph':
      return block.lines.map(textOfLine);
    case 'subheading':
      return [block.text];
    case 'bullets':
    case 'steps':
      return block.items.flatMap((item) => item.map(textOfLine));
    case 'screen-link':
      return [block.label, block.screen];
    case 'external-mention':
      return [block.text, block.site];
    case 'situation-table':
      return block.table.groups.flatMap((group) => [group.interlocutor, ...group.bodies, ...group.changes]);
  }
}

/** The question and its whole answer, as searched. */
export function searchKeyOf(question: HelpQuestion): string {
  return searchKey([question.question, ...question.answer.flatMap(textOfBlock)].join(' '));
}

/**
 * Every word of the query begins a word of the text, in any order: « délai mandat » finds « Mon
 * client a-t-il un délai pour m'envoyer son mandat ? », and « RIB » does not find « attribués ».
 */
export function matches(key: string, query: string): boolean {
  const words = searchKey(query)
    .split(' ')
    .filter((word) => word !== '');
  const text = ` ${key}`;
  return words.every((word) => text.includes(` ${word}`));
}

/** Read out by the live region after each search. */
export function resultsSentence(count: number): string {
  if (count === 0) return 'Aucune question ne correspond à votre recherche';
  return count === 1 ? '1 question correspond à votre recherche' : `${count} questions correspondent à votre recherche`;
}
